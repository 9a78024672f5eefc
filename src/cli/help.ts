/** The `--help` texts. Kept together so the README can quote them and they stay consistent. */

export const MAIN_HELP = `Usage: corroborate <command> [options]

Fact-check news drafts against a local corpus of source articles.

Commands:
  check <files or globs...>   find check-worthy claims and judge them against the corpus
  search "<query>"            ranked corpus passages for a query
  stance --input pairs.jsonl  stance of passages towards claims, one JSON object per line
  claims --input lines.jsonl  check-worthiness of sentences, one JSON object per line
  index <folders...> --database <url>
                              load corpus folders into a PostgreSQL archive (idempotent)

Options:
  -h, --help       show help (also: corroborate <command> --help)
  -V, --version    show the version

check and search take --database <url> instead of --corpus to use a PostgreSQL archive
(postgres://user@host:port/db; the password from PGPASSWORD, or --database env for the URL in
CORROBORATE_DATABASE_URL).

Exit codes: 0 success, 1 a --fail-on verdict was found, 2 usage, input or database error.
`;

export const CHECK_HELP = `Usage: corroborate check <files or globs...> --corpus <dir> [--corpus <dir>...] [options]

Finds the check-worthy claims in each draft (.md, .markdown, .txt, .html, .htm), links each to
passages of the corpus that support or conflict with it, and gives it a verdict:
contested (some passage conflicts), supported (passages support it, none conflicts) or unverified.
A folder stands for the text files below it; quote globs ('drafts/**/*.md') so the shell leaves them.

Options:
  --corpus <dir>               corpus folder, walked recursively for .txt/.md/.html files
                               (required; repeat for several; try --corpus corpus/sources)
  --database <url>             a PostgreSQL archive instead of --corpus (see "corroborate index";
                               "env" reads CORROBORATE_DATABASE_URL)
  --format text|json|sarif     output format (default: text)
  --fail-on contested|unverified|never
                               exit 1 when a claim is at least this bad (default: contested;
                               "unverified" fails on unverified or contested claims)
  --max-evidence <n>           passages kept per claim (default: 3)
  --min-checkworthiness <x>    skip sentences scoring below x, from 0 to 1 (default: 0.5)
  --cache <dir>                keep the corpus index in this folder between runs; only changed,
                               added or deleted files are indexed again
  --verbose                    progress and skipped files on stderr even when it is not a terminal
  -h, --help                   show this help

A corpus file that cannot be loaded (binary, over 5 MB, broken UTF-8, bad front matter) is
reported on stderr and skipped. A draft that cannot be read is reported, the others are still
checked, and the exit code is 2.
`;

export const SEARCH_HELP = `Usage: corroborate search "<query>" --corpus <dir> [--corpus <dir>...] [options]
       corroborate search --input queries.jsonl (--corpus <dir> [--cache <dir>] | --database <url>) [--top k] [--timing]

Prints the corpus passages that best match the query, best first. With --input, reads one JSON
object per line, {"id": ..., "query": "..."}, and writes one per line,
{"id": ..., "results": [{"source", "start", "end", "score"}]} (and "root" with several corpus
folders); a malformed line is reported with its line number and skipped (exit code 2).

Options:
  --corpus <dir>     corpus folder (required; repeat for several)
  --database <url>   a PostgreSQL archive instead of --corpus ("env": CORROBORATE_DATABASE_URL)
  --limit <n>        number of passages (default: 10); --top <n> is the same
  --format text|json output format of a single query (default: text)
  --input <file>     JSON Lines of queries (- for standard input)
  --cache <dir>      keep the corpus index in this folder between runs
  --timing           end stderr with the index build or load time (and, with --input, the
                     per-query p50 and p95)
  --verbose          progress on stderr even when it is not a terminal
  -h, --help         show this help
`;

export const STANCE_HELP = `Usage: corroborate stance --input pairs.jsonl

Reads one JSON object per line, {"id": ..., "claim": "...", "passage": "..."}, and writes one per
line, {"id": ..., "stance": "supports|conflicts|mentions|unrelated", "confidence": 0..1}.
Use --input - to read standard input. A malformed line is reported with its line number and
skipped; the exit code is then 2.

Options:
  --input <file>   the JSON Lines file (required)
  -h, --help       show this help
`;

export const CLAIMS_HELP = `Usage: corroborate claims --input sentences.jsonl

Reads one JSON object per line, {"id": ..., "text": "..."}, and writes one per line,
{"id": ..., "checkworthiness": 0..1, "claim": true|false, "kinds": [...]}.
Use --input - to read standard input. A malformed line is reported with its line number and
skipped; the exit code is then 2.

Options:
  --input <file>   the JSON Lines file (required)
  -h, --help       show this help
`;

export const INDEX_HELP = `Usage: corroborate index <folders...> --database <url>

Loads corpus folders into a PostgreSQL archive that check, search and the editor can share.
Each folder is archived under its path as typed. Re-running it writes only what changed: a file
whose text is unchanged is skipped, a changed one replaced, a deleted one removed. Files are
written in batches, each in one transaction; a run that stops part way leaves whole batches and
the next run completes it.

Options:
  --database <url>   postgres://user@host:port/db (password from PGPASSWORD), or "env" for
                     the URL in CORROBORATE_DATABASE_URL (required)
  --batch <n>        files per transaction (default: 200)
  --verbose          progress on stderr even when it is not a terminal
  -h, --help         show this help

Exit code 2 when the database is unreachable or a file could not be loaded (the others are).
`;

export const COMMAND_HELP: Record<string, string> = {
  check: CHECK_HELP,
  search: SEARCH_HELP,
  stance: STANCE_HELP,
  claims: CLAIMS_HELP,
  index: INDEX_HELP,
};

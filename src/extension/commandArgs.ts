/**
 * Arguments of the commands that act on one claim. They arrive from hover links, code actions, the tree
 * and other extensions, so they are validated like any other input.
 */
import { z } from 'zod';

export const claimArgsSchema = z.object({
  /** The draft's URI, as `Uri.toString()`. */
  uri: z.string().min(1),
  /** `Claim.id` in the draft's current findings. */
  claimId: z.string().min(1),
  /** Index into the finding's evidence (default: the best conflicting, else the best, passage). */
  evidence: z.number().int().nonnegative().optional(),
  scope: z.enum(['occurrence', 'file', 'workspace']).optional(),
  note: z.string().optional(),
  /** Ask for the scope (of a dismissal) and the note that are not given, as the palette does; the sidebar's menu sets it. */
  prompt: z.boolean().optional(),
});
export type ClaimArgs = z.infer<typeof claimArgsSchema>;

/**
 * The stance detectors, as data: each is one rule in its own file with the same signature (context in,
 * findings out). Their findings are the reasons a conflict is shown with, and the model's features.
 */
import type { Detector } from './context';
import { antonym } from './detectors/antonym';
import { date } from './detectors/date';
import { entity } from './detectors/entity';
import { negation } from './detectors/negation';
import { number } from './detectors/number';
import { order } from './detectors/order';
import { roles } from './detectors/roles';
import { refutation } from './detectors/refutation';
import { speaker } from './detectors/speaker';
import { substitution } from './detectors/substitution';

export const DETECTORS: readonly Detector[] = [number, date, entity, speaker, roles, antonym, negation, order, refutation, substitution];

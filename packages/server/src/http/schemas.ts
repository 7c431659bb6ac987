/** Request schemas of the routes that have no domain module of their own. */
import * as z from 'zod';
import { NO_CONTROL, NO_CONTROL_RULE } from './validate.js';

export const UnitParamSchema = z
  .string({ error: 'must name a unit of the round' })
  .min(1, { error: 'must name a unit of the round' })
  .max(100, { error: 'must name a unit of the round' })
  .regex(NO_CONTROL, { error: 'must name a unit of the round' });

export const TokenCreateSchema = z
  .object({
    role: z.enum(['admin', 'raw'], { error: 'must be "admin" or "raw"' }),
    label: z
      .string({ error: 'must be text of at most 200 characters' })
      .max(200, { error: 'must be text of at most 200 characters' })
      .regex(NO_CONTROL, { error: NO_CONTROL_RULE })
      .optional(),
    expiresInDays: z
      .number({ error: 'must be a whole number of days from 1 to 3650' })
      .int({ error: 'must be a whole number of days from 1 to 3650' })
      .min(1, { error: 'must be a whole number of days from 1 to 3650' })
      .max(3650, { error: 'must be a whole number of days from 1 to 3650' })
      .optional(),
  })
  .strict();

export const PersonalLinksSchema = z
  .object({
    unit: z
      .string({ error: 'must name a unit of the round' })
      .min(1, { error: 'must name a unit of the round' })
      .max(100),
    count: z
      .number({ error: 'must be a whole number from 1 to 5000' })
      .int({ error: 'must be a whole number from 1 to 5000' })
      .min(1, { error: 'must be a whole number from 1 to 5000' })
      .max(5000, { error: 'must be a whole number from 1 to 5000' }),
  })
  .strict();

export const EmptyQuerySchema = z.object({}).strict();

/**
 * The sample department the demo opens with: synthetic answers from fixed seeds, so every visitor
 * sees the same department. Nothing here is real data. Chosen to show every case at once: a
 * comfort-zone team led from relation (with the leader's self form beside it), a team in the
 * performance zone, a borderline team, and a team below the anonymity threshold.
 */
import type { Response } from '@balanse/core';
import type { AdvisorSeller } from '@balanse/components';
import { createRandom, PROFILES, syntheticResponse, syntheticTeam } from '@balanse/core/synthetic';

export interface SampleTeam {
  readonly id: string;
  readonly name: string;
  readonly invited: number;
  readonly responses: readonly Response[];
  /** The leader's self form, if the leader has answered it. */
  readonly self: Response | null;
  /** The leader's private style-advisor entries. */
  readonly sellers: readonly AdvisorSeller[];
}

export interface SampleDepartment {
  readonly id: string;
  readonly name: string;
  /** Responses of people who report to the department head directly. */
  readonly responses: readonly Response[];
  readonly teams: readonly SampleTeam[];
}

const selfOf = (seed: number, profile: (typeof PROFILES)[keyof typeof PROFILES]): Response =>
  syntheticResponse(createRandom(seed), profile, { form: 'self', id: `sample-self-${seed}` });

type Rating = 1 | 2 | 3 | 4 | 5;
const seller = (
  id: string,
  name: string,
  competence: [Rating, Rating],
  commitment: [Rating, Rating],
  flags: { newInRole?: boolean; comfortZone?: boolean; lowEnergy?: boolean } = {},
): AdvisorSeller => ({
  id,
  name,
  competence,
  commitment,
  newInRole: false,
  comfortZone: false,
  lowEnergy: false,
  ...flags,
});

export const SAMPLE_DEPARTMENT: SampleDepartment = {
  id: 'sales',
  name: 'Salg',
  responses: syntheticTeam(100, 2, PROFILES.performance),
  teams: [
    {
      id: 'north',
      name: 'Salg Nord',
      invited: 9,
      responses: syntheticTeam(2, 8, PROFILES.comfort),
      // The leader sees their leadership as more demanding than the team does.
      self: selfOf(77, PROFILES.performance),
      sellers: [
        seller('north-1', 'Ingrid', [2, 2], [3, 2], { newInRole: true }),
        seller('north-2', 'Jonas', [5, 4], [4, 4], { comfortZone: true }),
        seller('north-3', 'Amira', [4, 4], [2, 3]),
        seller('north-4', 'Per', [4, 5], [5, 4]),
      ],
    },
    {
      id: 'south',
      name: 'Salg Sør',
      invited: 8,
      responses: syntheticTeam(1, 7, PROFILES.performance),
      self: selfOf(78, PROFILES.performance),
      sellers: [seller('south-1', 'Sofie', [5, 5], [4, 5]), seller('south-2', 'Ola', [3, 2], [4, 4])],
    },
    {
      id: 'west',
      name: 'Salg Vest',
      invited: 8,
      responses: syntheticTeam(5, 7, PROFILES.borderline),
      self: null,
      sellers: [],
    },
    {
      id: 'east',
      name: 'Salg Øst',
      invited: 7,
      responses: syntheticTeam(4, 3, PROFILES.stress),
      self: null,
      sellers: [],
    },
  ],
};

/** The tissues the synthetic MR phantoms are made of, and their signal per sequence (12-bit scale). */
export type Tissue =
  | 'air' | 'fat' | 'muscle' | 'marrow' | 'cortex' | 'nucleus' | 'annulus' | 'degeneratedDisc'
  | 'csf' | 'nerve' | 'viscera' | 'vessel' | 'grey' | 'white' | 'lesion';

export type Sequence = 'T1' | 'T2' | 'FLAIR';

export const signal: Readonly<Record<Sequence, Readonly<Record<Tissue, number>>>> = {
  T1: {
    air: 0, fat: 3100, muscle: 1150, marrow: 2250, cortex: 180, nucleus: 1250, annulus: 1050, degeneratedDisc: 900,
    csf: 420, nerve: 1350, viscera: 1500, vessel: 120, grey: 1300, white: 1700, lesion: 700,
  },
  T2: {
    air: 0, fat: 2450, muscle: 780, marrow: 1500, cortex: 150, nucleus: 3050, annulus: 850, degeneratedDisc: 700,
    csf: 3650, nerve: 1250, viscera: 1900, vessel: 160, grey: 2150, white: 1450, lesion: 3000,
  },
  FLAIR: {
    air: 0, fat: 2300, muscle: 900, marrow: 1600, cortex: 150, nucleus: 1800, annulus: 900, degeneratedDisc: 800,
    csf: 230, nerve: 1300, viscera: 1600, vessel: 140, grey: 1950, white: 1450, lesion: 3400,
  },
};

/** Tissues with visible internal texture (bowel, marrow trabeculae, muscle striation). */
export const textured: ReadonlySet<Tissue> = new Set(['viscera', 'marrow', 'muscle', 'grey', 'white', 'fat']);

/**
 * Plenary conference JSON, version 1: the file format organisers publish.
 * These are the raw, as-written types; `parse()` turns them into the normalised model in `model.ts`.
 * Keep in step with `schema/conference.schema.json` (a test checks they agree).
 */

/** A string, or an object of BCP 47 language tags to strings: `{"zh": "开幕式", "en": "Opening Ceremony"}`. */
export type LocalizedText = string | { [lang: string]: string };

export interface LinkJSON {
  label?: LocalizedText;
  url: string;
}

export interface VenueJSON {
  name?: LocalizedText;
  address?: LocalizedText;
  city?: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  url?: string;
}

export interface TrackJSON {
  id: string;
  name: LocalizedText;
  /** Any CSS colour; used with the track's name, never alone. */
  color?: string;
  description?: LocalizedText;
}

export interface RoomJSON {
  id: string;
  name: LocalizedText;
  capacity?: number;
  description?: LocalizedText;
}

export interface SessionJSON {
  id: string;
  title: LocalizedText;
  /** ISO 8601 date-time; without an offset it is wall time in the conference's `timezone`. */
  start: string;
  /** ISO 8601 date-time; either `end` or `duration` is required. */
  end?: string;
  /** ISO 8601 duration, e.g. `PT1H30M`. */
  duration?: string;
  track?: string;
  room?: string;
  /** ceremony, keynote, talk, panel, roundtable, workshop, exhibition, break, or any string. */
  type?: string;
  /** Id of the session this one belongs to (a forum inside "theme activities"). */
  parent?: string;
  speakers?: string[];
  moderators?: string[];
  description?: LocalizedText;
  /** BCP 47 tag of the language spoken. */
  language?: string;
  /** Languages of simultaneous interpretation. */
  interpretation?: string[];
  tags?: string[];
  links?: LinkJSON[];
  livestream?: string;
  /** Set false to hide a session without deleting it. */
  public?: boolean;
}

export interface SpeakerJSON {
  id: string;
  name: LocalizedText;
  position?: LocalizedText;
  affiliation?: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  photo?: string;
  bio?: LocalizedText;
  honours?: LocalizedText[];
  featured?: boolean;
  links?: LinkJSON[];
}

export interface TierJSON {
  id: string;
  name: LocalizedText;
}

export interface SponsorJSON {
  id: string;
  name: LocalizedText;
  tier: string;
  logo?: string;
  logoDark?: string;
  url?: string;
  description?: LocalizedText;
}

export interface ConferenceJSON {
  version: 1;
  id: string;
  name: LocalizedText;
  /** IANA time zone, e.g. `Asia/Shanghai`. */
  timezone: string;
  /** ISO date or date-time. */
  start: string;
  end: string;
  url?: string;
  description?: LocalizedText;
  venue?: VenueJSON;
  /** Content languages; the first is the default. */
  languages?: string[];
  organizer?: LocalizedText;
  tracks?: TrackJSON[];
  rooms?: RoomJSON[];
  sessions?: SessionJSON[];
  speakers?: SpeakerJSON[];
  sponsors?: SponsorJSON[];
  tiers?: TierJSON[];
  /** Free text for a note such as "speakers are fictional". */
  note?: LocalizedText;
}

/**
 * The normalised conference every widget reads: ids resolved to objects, instants computed,
 * sessions sorted by start, URLs resolved against the file's URL and filtered to safe schemes.
 * Produced by `parse()` (and by the feed adapters through it). No DOM here.
 */
import type { LocalizedText } from './types.js';

export type { LocalizedText };

export interface Problem {
  /** JSON path, e.g. `sessions[12].start`; `''` for the whole document. */
  path: string;
  /** What was wrong, in English (shown to webmasters and printed by the CLI). */
  message: string;
  /** `error`: that item (or the conference) could not be used; `warning`: shown anyway. */
  severity: 'error' | 'warning';
}

export interface Link {
  label?: LocalizedText;
  /** Always an absolute http(s) or mailto URL. */
  url: string;
}

export interface Track {
  id: string;
  name: LocalizedText;
  color?: string;
  description?: LocalizedText;
}

export interface Room {
  id: string;
  name: LocalizedText;
  capacity?: number;
  description?: LocalizedText;
}

export interface Speaker {
  id: string;
  name: LocalizedText;
  position?: LocalizedText;
  affiliation?: LocalizedText;
  country?: string;
  /** Absolute URL (http(s) or data:image), or undefined. */
  photo?: string;
  bio?: LocalizedText;
  honours: LocalizedText[];
  featured: boolean;
  links: Link[];
  /** Sessions this speaker speaks in or moderates, in time order. */
  sessions: Session[];
  /** Index in the file, for `sort="data"`. */
  index: number;
}

export interface Session {
  id: string;
  title: LocalizedText;
  /** Instants in epoch milliseconds. */
  start: number;
  end: number;
  track?: Track;
  room?: Room;
  type?: string;
  parent?: Session;
  /** Child sessions (forums inside a section), in time order. */
  children: Session[];
  speakers: Speaker[];
  moderators: Speaker[];
  description?: LocalizedText;
  language?: string;
  interpretation: string[];
  tags: string[];
  links: Link[];
  livestream?: string;
  /** Index in the time-sorted `sessions` array. */
  index: number;
}

export interface Tier {
  id: string;
  name: LocalizedText;
  /** 0 is the most prominent. */
  rank: number;
  sponsors: Sponsor[];
}

export interface Sponsor {
  id: string;
  name: LocalizedText;
  tier: Tier;
  logo?: string;
  logoDark?: string;
  url?: string;
  description?: LocalizedText;
}

export interface Venue {
  name?: LocalizedText;
  address?: LocalizedText;
  city?: LocalizedText;
  country?: string;
  url?: string;
}

export interface Conference {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  organizer?: LocalizedText;
  note?: LocalizedText;
  /** IANA zone, checked to be known to this browser. */
  timezone: string;
  /** Instants (epoch ms): start of the first day, end of the last (exclusive) in the conference's zone. */
  start: number;
  end: number;
  /** Calendar days `YYYY-MM-DD` from start to end, in the conference's zone. */
  days: string[];
  url?: string;
  venue?: Venue;
  /** Content languages, the first is the default. */
  languages: string[];
  tracks: Track[];
  rooms: Room[];
  /** Every session, sorted by start then end then file order. */
  sessions: Session[];
  speakers: Speaker[];
  sponsors: Sponsor[];
  tiers: Tier[];
  tracksById: Map<string, Track>;
  roomsById: Map<string, Room>;
  sessionsById: Map<string, Session>;
  speakersById: Map<string, Speaker>;
  tiersById: Map<string, Tier>;
  /** Warnings found while parsing (things left out or ignored); the conference still renders. */
  problems: Problem[];
  /** URL the file was read from, if any. */
  source?: string;
}

export type ParseResult =
  | { ok: true; conference: Conference; problems: Problem[] }
  | { ok: false; problems: Problem[] };

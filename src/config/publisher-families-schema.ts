/**
 * @module config/publisher-families-schema
 * The shape of the publisher-families file (config/publisher-families.yaml): which outlets belong to
 * one owner, so weighing counts their agreement once. Validated once at start with zod.
 */
import { z } from 'zod';

/** The file read when `publisherFamiliesFile` is not set, relative to the config file's folder (else the current one). */
export const DEFAULT_PUBLISHER_FAMILIES_FILE = 'config/publisher-families.yaml';

/** A bare hostname: letters, digits and hyphens in two or more dot-separated labels, no scheme, port or path. */
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const hostname = z
  .string()
  .trim()
  .transform((host) => host.toLowerCase().replace(/^www\./, ''))
  .refine((host) => HOSTNAME.test(host), {
    message: 'must be a bare hostname such as harbortimes.example (no http://, port or path; subdomains match too)',
  });

export const publisherFamilySchema = z
  .object({
    name: z.string().trim().min(1, 'needs a name'),
    /** Venue names exactly as records carry them (compared case-insensitively). */
    venues: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
    /** Hostnames of the family's sites; a record whose URL is on one (or a subdomain) belongs to the family. */
    hosts: z.array(hostname).default([]),
  })
  .strict()
  .refine((family) => family.venues.length + family.hosts.length > 0, {
    message: 'lists no venues and no hosts: give at least one of either',
  });

export const publisherFamiliesFileSchema = z
  .object({
    families: z.array(publisherFamilySchema).default([]),
  })
  .strict();

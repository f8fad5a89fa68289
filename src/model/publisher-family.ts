/**
 * @module model/publisher-family
 * A publisher family: outlets under one owner, so their agreement is one voice, not several.
 */

/**
 * One family from the editable table (config/publisher-families.yaml). `venues` are venue names as
 * records carry them (`SourceRecord.venue`, compared case-insensitively); `hosts` are bare hostnames
 * matched against a record's URL (the host itself and its subdomains). At least one of the two is set.
 */
export interface PublisherFamily {
  name: string;
  venues: string[];
  hosts: string[];
}

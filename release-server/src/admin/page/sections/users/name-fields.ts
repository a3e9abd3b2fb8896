/**
 * The fields a person's name and place are made of (PRODUCT.md §9: the users CSV's columns), by the
 * API's names, in the order the forms and the facts show them.
 */
export const NAME_FIELDS = [
  'firstName',
  'lastName',
  'displayName',
  'shortname',
  'department',
  'costCenter',
  'customAttributes',
] as const;
export type NameField = (typeof NAME_FIELDS)[number];

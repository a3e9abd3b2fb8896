import type { ComponentType } from 'preact';
import type { Route, SectionId } from '../lib/route';
import { FleetSection } from './fleet';
import { PrintersSection } from './printers';

/**
 * The view of each section of the navigation. A Record over SECTION_IDS: a section added there
 * (issue 5) does not compile until it has its view here and its name in both strings tables.
 */
export const SECTION_VIEWS: Readonly<Record<SectionId, ComponentType<{ route: Route }>>> = {
  fleet: FleetSection,
  printers: PrintersSection,
};

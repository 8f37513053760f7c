import type { PortalTemplate } from '@zyk/shared';
import type { ComponentType } from 'react';
import { PortalClassic } from './portal-classic';
import { PortalCompact } from './portal-compact';
import type { PortalLayoutProps } from './portal-layout-props';
import { PortalVisual } from './portal-visual';

/** The layout of each display template; an unknown value (a newer server) falls back to classic. */
export const PORTAL_TEMPLATES: Record<PortalTemplate, ComponentType<PortalLayoutProps>> = {
  CLASSIC: PortalClassic,
  VISUAL: PortalVisual,
  COMPACT: PortalCompact,
};

export const portalLayout = (template: PortalTemplate | string): ComponentType<PortalLayoutProps> =>
  PORTAL_TEMPLATES[template as PortalTemplate] ?? PortalClassic;

export type { PortalLayoutProps, PortalSections } from './portal-layout-props';

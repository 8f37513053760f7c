import type { ReactNode } from 'react';
import type { PortalCourse, PortalData } from '../api/course-portal';

/**
 * The course page's own sections, made by the route from features/course (features do not import each
 * other): each template places them where its layout wants them. `more` is appended to the main column,
 * `tools` (links for the course team) goes where the template keeps its side facts.
 */
export interface PortalSections {
  outline?: ReactNode;
  graph?: ReactNode;
  qa?: ReactNode;
  skills?: ReactNode;
  prerequisites?: ReactNode;
  more?: ReactNode;
}

export interface PortalLayoutProps {
  course: PortalCourse;
  portal: PortalData;
  sections: PortalSections;
  /** Team links (编辑课程门户 …); nothing for visitors. */
  tools?: ReactNode;
  /** A banner above everything, e.g. the draft preview notice. */
  notice?: ReactNode;
}

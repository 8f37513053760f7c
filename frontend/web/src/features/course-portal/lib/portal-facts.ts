import type { PortalCourse, PortalData } from '../api/course-portal';

const credits = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Hours, credits, semester and level as label/value pairs. */
export function portalFacts(course: PortalCourse, portal: PortalData, t: (key: string) => string) {
  return [
    { key: 'hours', label: t('course.hours'), value: String(course.hours) },
    { key: 'credits', label: t('course.credits'), value: credits(course.credits) },
    ...(course.semester ? [{ key: 'semester', label: t('course.semester'), value: String(course.semester) }] : []),
    { key: 'level', label: t('coursePortal.levelLabel'), value: t(`coursePortal.level.${portal.level}`) },
  ];
}

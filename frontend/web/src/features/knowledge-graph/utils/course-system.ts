import type { CourseGraphFragment } from '@zyk/shared';

/** What the course graphs (M7) say about one course of the course system: its size and the jobs it serves. */
export interface CourseFacts {
  skillPoints: number;
  knowledgePoints: number;
  /** Names of the job positions the course's points map to, most points first. */
  jobs: string[];
}

/**
 * Per course id, the facts of `courseSystemGraph` (made from the same knowledge points as the course
 * knowledge graphs): point counts and the maps-to job positions. Courses it does not list get none.
 */
export function courseFacts(major: CourseGraphFragment): Map<string, CourseFacts> {
  const graph = major.courseSystemGraph;
  const jobNames = new Map(graph.jobPositions.map((job) => [job.id, job.name]));
  const facts = new Map<string, CourseFacts>();
  for (const course of graph.courses)
    facts.set(course.id, { skillPoints: course.skillPointCount, knowledgePoints: course.knowledgePointCount, jobs: [] });
  const links = [...graph.mapsTo].sort((a, b) => b.pointCount - a.pointCount);
  for (const link of links) {
    const name = jobNames.get(link.jobPositionId);
    const entry = facts.get(link.courseId);
    if (name && entry && !entry.jobs.includes(name)) entry.jobs.push(name);
  }
  return facts;
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseGraphFragment } from '@zyk/shared';
import { courseFacts } from '../utils/course-system';

/**
 * The knowledge graph as a semantic list, for screen readers and keyboard users: every course is
 * a link, with its prerequisites (also links), its skill points and the jobs they prepare for.
 */
export function GraphFallbackList({ graph, id }: { graph: CourseGraphFragment; id?: string }) {
  const { t } = useTranslation();
  const names = new Map(graph.courses.map((course) => [course.id, course.name]));
  const prerequisitesOf = new Map<string, string[]>();
  for (const relation of graph.courseRelations) {
    if (relation.kind !== 'PREREQUISITE' || !names.has(relation.source.id)) continue;
    const list = prerequisitesOf.get(relation.target.id) ?? [];
    if (!list.includes(relation.source.id)) list.push(relation.source.id);
    prerequisitesOf.set(relation.target.id, list);
  }
  const separator = t('common.listSeparator');
  const facts = courseFacts(graph);

  return (
    <div className="zyk-fallback" id={id}>
      <h3 className="zyk-subsection__title">{t('graph.fallback.title')}</h3>
      <p className="zyk-muted zyk-fallback__description">{t('graph.fallback.description')}</p>
      <ol className="zyk-fallback__list" data-testid="graph-fallback-list">
        {graph.courses.map((course) => {
          const prerequisites = prerequisitesOf.get(course.id) ?? [];
          const fact = facts.get(course.id);
          const headingId = `fallback-course-${course.id}`;
          return (
            <li key={course.id} className={`zyk-fallback__course zyk-fallback__course--${course.kind.toLowerCase()}`}>
              <article aria-labelledby={headingId}>
                <h4 className="zyk-fallback__name" id={headingId}>
                  <Link to={`/courses/${course.id}`}>{course.name}</Link>
                </h4>
                <p className="zyk-fallback__meta">
                  <span className={`zyk-kind zyk-kind--${course.kind.toLowerCase()}`}>{t(`courseKind.${course.kind}`)}</span>
                  <span>{t('common.hours', { count: course.hours })}</span>
                  <span>{t('common.credits', { count: course.credits })}</span>
                  {fact ? (
                    <span data-testid="course-point-counts">
                      {t('graph.pointCounts', { skills: fact.skillPoints, knowledge: fact.knowledgePoints })}
                    </span>
                  ) : null}
                </p>
                <dl className="zyk-fallback__facts">
                  <dt>{t('graph.fallback.prerequisites')}</dt>
                  <dd>
                    {prerequisites.length ? (
                      <ul className="zyk-inline-list">
                        {prerequisites.map((prerequisiteId) => (
                          <li key={prerequisiteId}>
                            <Link to={`/courses/${prerequisiteId}`}>{names.get(prerequisiteId)}</Link>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="zyk-muted">{t('graph.fallback.noPrerequisites')}</span>
                    )}
                  </dd>
                  {fact ? (
                    <>
                      <dt>{t('graph.fallback.jobs')}</dt>
                      <dd data-testid="course-jobs">
                        {fact.jobs.length ? fact.jobs.join(separator) : <span className="zyk-muted">{t('graph.fallback.noJobs')}</span>}
                      </dd>
                    </>
                  ) : null}
                  <dt>{t('graph.fallback.skillPoints')}</dt>
                  <dd>
                    {course.skillPoints.length ? (
                      <ul className="zyk-fallback__skills">
                        {course.skillPoints.map((skill) => (
                          <li key={skill.id}>
                            <span className="zyk-fallback__skill">{skill.name}</span>
                            <span className="zyk-fallback__arrow" aria-hidden="true">
                              →
                            </span>
                            <span className="zyk-fallback__jobs">
                              {skill.jobPositions.length
                                ? skill.jobPositions.map((job) => job.name).join(separator)
                                : t('graph.fallback.noJobs')}
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span className="zyk-muted">{t('graph.fallback.noSkillPoints')}</span>
                    )}
                  </dd>
                </dl>
              </article>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Pill } from '@/components/pill';
import { Section } from '@/components/section';
import type { CoursePageData } from '../api/get-course-page';

/** The must-master skill points of the course and the job positions each prepares for. */
export function CourseSkillPoints({ skillPoints }: { skillPoints: CoursePageData['skillPoints'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('course.skillPoints')} id="skill-points">
      {skillPoints.length ? (
        <ul className="zyk-skills" data-testid="course-skill-points">
          {skillPoints.map((skill) => (
            <li className="zyk-skill" key={skill.id}>
              <h3 className="zyk-skill__name">{skill.name}</h3>
              {skill.description ? <p className="zyk-skill__text">{skill.description}</p> : null}
              {skill.jobPositions.length ? (
                <p className="zyk-skill__jobs">
                  <span className="zyk-skill__jobs-label zyk-colon">{t('course.jobPositions')}</span>
                  {skill.jobPositions.map((job) => (
                    <Pill key={job.id} tone="purple" title={job.description || undefined}>
                      {job.name}
                    </Pill>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted">{t('course.noSkillPoints')}</p>
      )}
    </Section>
  );
}

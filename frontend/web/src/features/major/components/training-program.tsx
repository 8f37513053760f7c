import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrainingProgramDetailsFragment } from '@zyk/shared';
import { Pill } from '@/components/pill';
import { Section, SubSection } from '@/components/section';
import { CourseSettingsTable } from './course-settings-table';

type Program = TrainingProgramDetailsFragment;

const formatNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

function ProgramTotals({ program }: { program: Program }) {
  const { t } = useTranslation();
  const percent = Math.round(program.practiceHoursRatio * 1000) / 10;
  return (
    <dl className="zyk-totals" data-testid="program-totals">
      <div className="zyk-total">
        <dt>{t('program.totalHours')}</dt>
        <dd>{program.totalHours}</dd>
      </div>
      <div className="zyk-total">
        <dt>{t('program.totalCredits')}</dt>
        <dd>{formatNumber(program.totalCredits)}</dd>
      </div>
      <div className="zyk-total zyk-total--ratio">
        <dt title={t('program.practiceRatioHint')}>{t('program.practiceRatio')}</dt>
        <dd>
          {percent}%
          <Progress
            percent={percent}
            showInfo={false}
            size="small"
            strokeColor="#0d47b5"
            aria-label={t('program.practiceRatioHint')}
          />
        </dd>
      </div>
    </dl>
  );
}

function PracticeComponents({ items }: { items: Program['practiceComponents'] }) {
  const { t } = useTranslation();
  return (
    <ul className="zyk-practice" data-testid="practice-components">
      {items.map((item) => (
        <li className="zyk-practice__item" key={item.id}>
          <div className="zyk-practice__head">
            <h4 className="zyk-practice__name">{item.name}</h4>
            <Pill tone={item.kind === 'INTERNSHIP' ? 'purple' : item.kind === 'TRAINING' ? 'blue' : 'teal'}>
              {t(`program.practiceKind.${item.kind}`)}
            </Pill>
          </div>
          <p className="zyk-practice__meta">
            {item.semester ? (
              <span>{/^\d+$/.test(item.semester) ? t('common.semester', { count: Number(item.semester) }) : item.semester}</span>
            ) : null}
            <span>{t('common.hours', { count: item.hours })}</span>
            <span>{t('common.credits', { count: item.credits })}</span>
          </p>
          {item.description ? <p className="zyk-practice__text">{item.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Certificates({ items }: { items: Program['certificates'] }) {
  const { t } = useTranslation();
  return (
    <ul className="zyk-certificates" data-testid="certificates">
      {items.map((cert) => (
        <li className="zyk-certificate" key={cert.id}>
          <div className="zyk-certificate__head">
            <SafetyCertificateOutlined className="zyk-certificate__icon" aria-hidden="true" />
            <Pill tone={cert.kind === 'ONE_PLUS_X' ? 'orange' : 'blue'}>{t(`program.certificateKind.${cert.kind}`)}</Pill>
          </div>
          <h4 className="zyk-certificate__name">{cert.name}</h4>
          <dl className="zyk-certificate__facts">
            {cert.level ? (
              <div>
                <dt>{t('program.certificateLevel')}</dt>
                <dd>{cert.level}</dd>
              </div>
            ) : null}
            {cert.issuer ? (
              <div>
                <dt>{t('program.certificateIssuer')}</dt>
                <dd>{cert.issuer}</dd>
              </div>
            ) : null}
          </dl>
          <p className="zyk-certificate__courses-title">{t('program.certificateCourses')}</p>
          {cert.courses.length ? (
            <ul className="zyk-chip-list">
              {cert.courses.map((course) => (
                <li key={course.id}>
                  <Link className="zyk-chip-link" to={`/courses/${course.id}`}>
                    {course.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="zyk-muted">{t('program.noCertificateCourses')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The core elements of the major's talent-training program (C1). */
export function TrainingProgram({ program, id }: { program: Program | null; id?: string }) {
  const { t } = useTranslation();
  if (!program) {
    return (
      <Section id={id} title={t('program.title')}>
        <p className="zyk-muted">{t('major.noProgram')}</p>
      </Section>
    );
  }
  return (
    <Section id={id} title={t('program.title')} subtitle={t('program.subtitle')}>
      <SubSection title={t('program.goal')} id="program-goal">
        <p className="zyk-prose">{program.trainingGoal}</p>
      </SubSection>

      {program.abilities.length ? (
        <SubSection title={t('program.abilities')} id="program-abilities">
          <ul className="zyk-checklist">
            {program.abilities.map((ability, i) => (
              <li key={i}>
                <CheckCircleFilled className="zyk-checklist__icon" aria-hidden="true" />
                <span>{ability}</span>
              </li>
            ))}
          </ul>
        </SubSection>
      ) : null}

      <SubSection title={t('program.courseSettings')} id="program-course-settings">
        <ProgramTotals program={program} />
        <CourseSettingsTable settings={program.courseSettings} />
      </SubSection>

      {program.practiceComponents.length ? (
        <SubSection title={t('program.practice')} id="program-practice">
          <PracticeComponents items={program.practiceComponents} />
        </SubSection>
      ) : null}

      {program.graduationRequirements.length ? (
        <SubSection title={t('program.graduation')} id="program-graduation">
          <ol className="zyk-numbered">
            {program.graduationRequirements.map((requirement, i) => (
              <li key={i}>{requirement}</li>
            ))}
          </ol>
        </SubSection>
      ) : null}

      {program.certificates.length ? (
        <SubSection title={t('program.certificates')} id="program-certificates">
          <Certificates items={program.certificates} />
        </SubSection>
      ) : null}
    </Section>
  );
}

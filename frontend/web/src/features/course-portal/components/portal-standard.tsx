import { Tabs } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Section, SubSection } from '@/components/section';
import type { PortalData } from '../api/course-portal';
import { GOAL_KIND_ORDER as GOAL_KINDS, WEIGHT_COLORS } from '../lib/portal-form';

type Standard = PortalData['standard'];


/** 知识目标 / 能力目标 / 素质目标, each a numbered list; groups without goals are left out. */
export function StandardGoals({ goals }: { goals: Standard['goals'] }) {
  const { t } = useTranslation();
  if (!goals.length) return <p className="zyk-muted">{t('coursePortal.standard.noGoals')}</p>;
  return (
    <div className="zyk-portal-goals" data-testid="standard-goals">
      {GOAL_KINDS.map((kind) => {
        const group = goals.filter((goal) => goal.kind === kind);
        if (!group.length) return null;
        return (
          <div key={kind} className={`zyk-portal-goals__group zyk-portal-goals__group--${kind.toLowerCase()}`} data-kind={kind}>
            <h4 className="zyk-portal-goals__title">{t(`coursePortal.goalKind.${kind}`)}</h4>
            <ol className="zyk-portal-goals__list">
              {group.map((goal, index) => (
                <li key={goal.id ?? `${kind}-${index}`}>{goal.text}</li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
}

/** Content and hours per module, with the total. */
export function StandardModules({ standard }: { standard: Standard }) {
  const { t } = useTranslation();
  if (!standard.modules.length) return <p className="zyk-muted">{t('coursePortal.standard.noModules')}</p>;
  return (
    <div className="zyk-portal-table-wrap">
      <table className="zyk-portal-table" data-testid="standard-modules">
        <thead>
          <tr>
            <th scope="col" className="zyk-portal-table__index">
              {t('coursePortal.standard.index')}
            </th>
            <th scope="col">{t('coursePortal.standard.module')}</th>
            <th scope="col" className="zyk-portal-table__hours">
              {t('coursePortal.standard.hours')}
            </th>
          </tr>
        </thead>
        <tbody>
          {standard.modules.map((module, index) => (
            <tr key={module.id ?? `new-${index}`}>
              <td className="zyk-portal-table__index">{index + 1}</td>
              <td>
                <strong className="zyk-portal-table__title">{module.title}</strong>
                {module.summary ? <span className="zyk-portal-table__summary">{module.summary}</span> : null}
              </td>
              <td className="zyk-portal-table__hours">{module.hours}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('coursePortal.standard.total')}
            </th>
            <td className="zyk-portal-table__hours" data-testid="standard-total-hours">
              {standard.totalHours}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function StandardMethods({ methods }: { methods: Standard['methods'] }) {
  const { t } = useTranslation();
  if (!methods.length) return <p className="zyk-muted">{t('coursePortal.standard.noMethods')}</p>;
  return (
    <ul className="zyk-portal-methods" data-testid="standard-methods">
      {methods.map((method, index) => (
        <li key={method.id ?? `m-${index}`} className="zyk-portal-method">
          <strong className="zyk-portal-method__name">{method.name}</strong>
          {method.description ? <p className="zyk-portal-method__text">{method.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** The weights as one bar of 100 % and, per part, its own bar and how it is assessed. */
export function StandardAssessment({ assessment }: { assessment: Standard['assessment'] }) {
  const { t } = useTranslation();
  if (!assessment.length) return <p className="zyk-muted">{t('coursePortal.standard.noAssessment')}</p>;
  return (
    <div className="zyk-portal-assessment" data-testid="standard-assessment">
      <div className="zyk-portal-weights" role="img" aria-label={assessment.map((a) => `${a.name} ${a.weight}%`).join(t('common.listSeparator'))}>
        {assessment.map((item, index) => (
          <span
            key={item.id ?? `a-${index}`}
            className="zyk-portal-weights__part"
            style={{ flexGrow: item.weight, background: WEIGHT_COLORS[index % WEIGHT_COLORS.length] }}
          >
            {item.weight >= 12 ? `${item.weight}%` : ''}
          </span>
        ))}
      </div>
      <ul className="zyk-portal-assessment__list">
        {assessment.map((item, index) => (
          <li key={item.id ?? `a-${index}`} className="zyk-portal-assessment__item" data-testid="assessment-item">
            <div className="zyk-portal-assessment__head">
              <span className="zyk-portal-assessment__dot" style={{ background: WEIGHT_COLORS[index % WEIGHT_COLORS.length] }} aria-hidden />
              <strong>{item.name}</strong>
              <span className="zyk-portal-assessment__weight">{item.weight}%</span>
            </div>
            <div
              className="zyk-portal-assessment__bar"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={item.weight}
              aria-label={item.name}
            >
              <span style={{ width: `${item.weight}%`, background: WEIGHT_COLORS[index % WEIGHT_COLORS.length] }} />
            </div>
            {item.description ? <p className="zyk-portal-assessment__text">{item.description}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function parts(standard: Standard, t: (key: string) => string): { key: string; title: string; body: ReactNode }[] {
  return [
    { key: 'goals', title: t('coursePortal.standard.goals'), body: <StandardGoals goals={standard.goals} /> },
    { key: 'modules', title: t('coursePortal.standard.modules'), body: <StandardModules standard={standard} /> },
    { key: 'methods', title: t('coursePortal.standard.methods'), body: <StandardMethods methods={standard.methods} /> },
    { key: 'assessment', title: t('coursePortal.standard.assessment'), body: <StandardAssessment assessment={standard.assessment} /> },
  ];
}

/**
 * 课程标准. `sections`: one card with a sub-heading per part (classic, compact); `tabs`: one tab per part
 * (visual).
 */
export function PortalStandard({ standard, layout = 'sections' }: { standard: Standard; layout?: 'sections' | 'tabs' }) {
  const { t } = useTranslation();
  const items = parts(standard, t);
  return (
    <Section title={t('coursePortal.standard.title')} subtitle={t('coursePortal.standard.subtitle')} id="standard" className="zyk-portal-standard">
      <div data-testid="portal-standard" data-layout={layout}>
        {layout === 'tabs' ? (
          <Tabs
            className="zyk-portal-standard__tabs"
            items={items.map((item) => ({ key: item.key, label: item.title, children: item.body, forceRender: true }))}
          />
        ) : (
          items.map((item) => (
            <SubSection key={item.key} title={item.title} id={`standard-${item.key}`}>
              {item.body}
            </SubSection>
          ))
        )}
      </div>
    </Section>
  );
}

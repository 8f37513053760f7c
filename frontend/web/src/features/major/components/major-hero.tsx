import { BankOutlined, GlobalOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MajorPageData } from '../api/get-major-page';

type Organisation = MajorPageData['organisations'][number];

const ORG_ICON: Partial<Record<Organisation['kind'], typeof TeamOutlined>> = {
  SCHOOL: BankOutlined,
  ENTERPRISE: ShopOutlined,
  OTHER: TeamOutlined,
};

function OrganisationChip({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const Icon = ORG_ICON[organisation.kind] ?? TeamOutlined;
  return (
    <li className="zyk-org">
      <Icon aria-hidden="true" className="zyk-org__icon" />
      <span className="zyk-org__name">{organisation.name}</span>
      <span className="zyk-org__kind">{t(`major.orgKind.${organisation.kind}`)}</span>
      {organisation.website ? (
        <a
          className="zyk-org__link"
          href={organisation.website}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t('major.website', { name: organisation.name })}
        >
          <GlobalOutlined aria-hidden="true" />
        </a>
      ) : null}
    </li>
  );
}

/** The hero band of the home page: the major's identity, key numbers and its institutions. */
export function MajorHero({ major }: { major: MajorPageData }) {
  const { t } = useTranslation();
  const hosts = major.organisations.filter((o) => o.role === 'HOST');
  const participants = major.organisations.filter((o) => o.role !== 'HOST');
  const coreCount = major.courses.filter((c) => c.kind === 'CORE').length;
  const skillCount = major.courses.reduce((n, c) => n + c.skillPoints.length, 0);
  const stats = [
    { key: 'courses', value: major.courses.length },
    { key: 'coreCourses', value: coreCount },
    { key: 'skillPoints', value: skillCount },
    { key: 'jobPositions', value: major.jobPositions.length },
  ];
  const paragraphs = major.intro.split(/\n+/).filter((p) => p.trim());

  return (
    <section className="zyk-hero" aria-labelledby="major-title">
      <div className="zyk-container zyk-hero__grid">
        <div className="zyk-hero__main">
          <p className="zyk-hero__eyebrow">
            <span className="zyk-hero__code">
              {t('major.codeLabel')} <strong>{major.code}</strong>
            </span>
          </p>
          <h1 id="major-title" className="zyk-hero__title" data-testid="major-name">
            {major.name}
          </h1>
          <dl className="zyk-hero__facts">
            <div>
              <dt>{t('major.category')}</dt>
              <dd>
                {major.category}
                <span className="zyk-hero__sep" aria-hidden="true">
                  ›
                </span>
                {major.subcategory}
              </dd>
            </div>
            <div>
              <dt>{t('major.level')}</dt>
              <dd>{major.level}</dd>
            </div>
            <div>
              <dt>{t('major.duration')}</dt>
              <dd>{t('major.durationValue', { count: major.durationYears })}</dd>
            </div>
          </dl>
          {paragraphs.map((p, i) => (
            <p className="zyk-hero__intro" key={i}>
              {p}
            </p>
          ))}
        </div>
        <dl className="zyk-hero__stats" aria-label={t('major.stats.label')}>
          {stats.map((stat) => (
            <div className="zyk-stat" key={stat.key}>
              <dt className="zyk-stat__label">{t(`major.stats.${stat.key}`)}</dt>
              <dd className="zyk-stat__value">{stat.value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {major.organisations.length ? (
        <div className="zyk-container">
          <div className="zyk-hero__orgs">
            {[
              { key: 'hosts', list: hosts },
              { key: 'participants', list: participants },
            ]
              .filter((group) => group.list.length > 0)
              .map((group) => (
                <div className="zyk-orgs" key={group.key}>
                  <h2 className="zyk-orgs__title">{t(`major.${group.key}`)}</h2>
                  <ul className="zyk-orgs__list">
                    {group.list.map((o) => (
                      <OrganisationChip key={o.id} organisation={o} />
                    ))}
                  </ul>
                </div>
              ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}

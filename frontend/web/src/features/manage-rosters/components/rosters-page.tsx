import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { OrganisationSelect } from '@/components/manage/organisation-select';
import { Section } from '@/components/section';
import { useAdministeredOrganisations } from '@/hooks/use-administered-organisations';
import { PendingClaims } from './pending-claims';
import { RosterEntries } from './roster-entries';
import { RosterUpload } from './roster-upload';

const ROSTER_KINDS = new Set(['SCHOOL', 'ENTERPRISE']);

/**
 * `/manage/rosters?organisation=…`: an organisation administrator imports the real-name roster of a
 * school or enterprise they administer, looks through it and decides disputed claims (O2 实名制).
 */
export function RostersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { organisations, isPending, isError, error, refetch } = useAdministeredOrganisations();
  const chosen = params.get('organisation') ?? undefined;
  const fallback = organisations.find((o) => ROSTER_KINDS.has(o.kind)) ?? organisations[0];
  const organisation = organisations.find((o) => o.id === chosen) ?? fallback;

  if (isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (isError && !organisations.length) return <ManageErrorState error={error} onRetry={() => void refetch()} />;
  if (!organisation) {
    return (
      <Section title={t('manage.rosters.title')}>
        <Empty description={t('manage.common.noOrganisations')} />
      </Section>
    );
  }

  return (
    <div className="zyk-manage__stack" data-testid="rosters-page">
      <Section
        title={t('manage.rosters.title')}
        subtitle={t('manage.rosters.subtitle')}
        extra={
          <OrganisationSelect
            organisations={organisations}
            value={organisation.id}
            onChange={(id) => setParams({ organisation: id }, { replace: true })}
            testId="roster-organisation"
          />
        }
      >
        <RosterUpload key={organisation.id} organisationId={organisation.id} />
      </Section>
      <Section title={t('manage.rosters.entriesTitle', { name: organisation.name })}>
        <RosterEntries key={organisation.id} organisationId={organisation.id} />
      </Section>
      <Section title={t('manage.claims.title')} subtitle={t('manage.claims.subtitle')}>
        <PendingClaims organisationId={organisation.id} />
      </Section>
    </div>
  );
}

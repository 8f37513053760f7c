import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Modal, Table, type ButtonProps, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ManageErrorState } from '@/components/manage/manage-problem';
import { useProblemMessage } from '@/components/manage/problem-message';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { useDecideClaim, usePendingClaims, type PendingClaim } from '../api/real-name-claims';

interface Decision {
  claim: PendingClaim;
  approve: boolean;
}

/**
 * Claims to roster rows someone else already holds. Approving moves the row, the verification and
 * the school role to the claimant; either way the note is kept with the decision.
 */
export function PendingClaims({ organisationId }: { organisationId?: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { message } = App.useApp();
  const problemMessage = useProblemMessage();
  const query = usePendingClaims();
  const decide = useDecideClaim();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [note, setNote] = useState('');
  const all = query.data?.realNameClaimsPending ?? [];
  const claims = organisationId ? all.filter((claim) => claim.organisation.id === organisationId) : all;

  const open = (claim: PendingClaim, approve: boolean) => {
    setNote('');
    setDecision({ claim, approve });
  };
  const submit = () => {
    if (!decision) return;
    decide.mutate(
      { claimId: decision.claim.id, approve: decision.approve, note: note.trim() || null },
      {
        onSuccess: () => {
          void message.success(decision.approve ? t('manage.claims.approved') : t('manage.claims.rejected'));
          setDecision(null);
        },
        onError: (error) => void message.error(problemMessage(error)),
      },
    );
  };

  const columns: TableColumnsType<PendingClaim> = [
    {
      key: 'entry',
      title: t('manage.claims.columns.entry'),
      render: (_, claim) => (
        <>
          <div className="zyk-manage__nowrap">
            {claim.entryName} · {claim.number}
          </div>
          <div className="zyk-muted zyk-manage__small">{t(`manage.rosters.kinds.${claim.kind}`)}</div>
        </>
      ),
    },
    {
      key: 'claimant',
      title: t('manage.claims.columns.claimant'),
      render: (_, claim) => (
        <>
          <div>{claim.claimantName}</div>
          <div className="zyk-muted zyk-manage__small">{claim.claimantUsername}</div>
        </>
      ),
    },
    {
      key: 'holder',
      title: t('manage.claims.columns.holder'),
      responsive: ['md'],
      render: (_, claim) =>
        claim.holderUsername ? (
          <>
            <div>{claim.holderName}</div>
            <div className="zyk-muted zyk-manage__small">{claim.holderUsername}</div>
          </>
        ) : (
          <span className="zyk-muted">—</span>
        ),
    },
    {
      key: 'createdAt',
      title: t('manage.claims.columns.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['lg'],
      render: (value: string) => formatDateTime(value, language),
    },
    {
      key: 'actions',
      title: t('manage.common.actions'),
      render: (_, claim) => (
        <div className="zyk-manage__row-actions">
          <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => open(claim, true)} data-testid="claim-approve">
            {t('manage.claims.approve')}
          </Button>
          <Button size="small" danger icon={<CloseOutlined />} onClick={() => open(claim, false)} data-testid="claim-reject">
            {t('manage.claims.reject')}
          </Button>
        </div>
      ),
    },
  ];

  if (query.isError && !query.data) return <ManageErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div data-testid="pending-claims">
      {claims.length || query.isPending ? (
        <Table<PendingClaim>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={claims}
          loading={query.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={false}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('manage.claims.none')} />
      )}
      <Modal
        open={Boolean(decision)}
        title={decision?.approve ? t('manage.claims.approveTitle') : t('manage.claims.rejectTitle')}
        okText={decision?.approve ? t('manage.claims.approve') : t('manage.claims.reject')}
        okButtonProps={{ danger: decision ? !decision.approve : false, loading: decide.isPending, 'data-testid': 'claim-confirm' } as ButtonProps}
        cancelText={t('manage.common.cancel')}
        onOk={submit}
        onCancel={() => setDecision(null)}
        destroyOnHidden
      >
        {decision ? (
          <>
            <p>
              {decision.approve
                ? t('manage.claims.approveText', { claimant: decision.claim.claimantName, entry: decision.claim.entryName, number: decision.claim.number })
                : t('manage.claims.rejectText', { claimant: decision.claim.claimantName, entry: decision.claim.entryName, number: decision.claim.number })}
            </p>
            <label className="zyk-manage__label" htmlFor="claim-note">
              {t('manage.claims.note')}
            </label>
            <Input.TextArea id="claim-note" rows={3} maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
          </>
        ) : null}
      </Modal>
    </div>
  );
}

import { Modal, Radio, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import type { MutationProblem } from '@/lib/mutation-result';
import { MutationFailed } from '@/lib/mutation-result';
import { useKnowledgeEdgeAdd } from '../api/knowledge-graph';
import type { PointLinkKind } from '../utils/point-graph';

const KINDS: PointLinkKind[] = ['PREREQUISITE', 'CONTAINS'];

export interface LinkEnds {
  source: { id: string; name: string };
  target: { id: string; name: string };
}

/**
 * 连线 mode, second step: the two picked points and the kind of link (先修 / 包含). A refusal — a cycle
 * naming the points, a repeated link — is the server's message in the dialog, which stays open.
 */
export function LinkDialog({
  courseId,
  ends,
  onClose,
  onLinked,
}: {
  courseId: string;
  ends: LinkEnds | null;
  onClose: () => void;
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const add = useKnowledgeEdgeAdd(courseId);
  const [kind, setKind] = useState<PointLinkKind>('PREREQUISITE');
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  useEffect(() => {
    setProblem(null);
  }, [ends?.source.id, ends?.target.id]);

  const onOk = async () => {
    if (!ends) return;
    setProblem(null);
    try {
      await add.mutateAsync({ sourceId: ends.source.id, targetId: ends.target.id, kind });
      onLinked();
    } catch (error) {
      setProblem(
        error instanceof MutationFailed
          ? { code: error.code, message: error.problems.map((p) => p.message).join(' ') }
          : { code: 'INTERNAL', message: error instanceof Error && error.message ? error.message : t('errors.unknown') },
      );
    }
  };

  const names = ends ? { source: ends.source.name, target: ends.target.name } : { source: '', target: '' };
  return (
    <Modal
      open={ends !== null}
      title={t('course.pointEditor.linkTitle')}
      okText={t('course.edges.add')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
      onOk={() => void onOk()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'link-dialog-submit' } as ButtonProps}
    >
      <div data-testid="link-dialog">
        <p className="zyk-kg__link-ends">{t('course.pointEditor.linkEnds', names)}</p>
        <Radio.Group
          className="zyk-kg__link-kinds"
          value={kind}
          onChange={(event) => setKind(event.target.value as PointLinkKind)}
          aria-label={t('course.edges.kind')}
          data-testid="link-kind"
        >
          {KINDS.map((value) => (
            <Radio key={value} value={value} data-testid={`link-kind-${value}`}>
              <strong>{t(`course.graph.edgeKind.${value}`)}</strong>
              <span className="zyk-kg__link-text">{t(`course.graph.edgeText.${value}`, names)}</span>
            </Radio>
          ))}
        </Radio.Group>
        <FormAlert problem={problem} onClose={() => setProblem(null)} />
      </div>
    </Modal>
  );
}

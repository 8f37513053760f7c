import { DeleteOutlined, EditOutlined, NodeIndexOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useKnowledgePointRemove, type KnowledgeGraphData, type KnowledgeGraphNodeData } from '../api/knowledge-graph';
import type { LayoutSaveState } from '../hooks/use-graph-layout-saver';

/**
 * The graph editor's tools for the course team: 添加知识点, 连线 mode (pick a start and an end point in
 * the graph or in the study-order list), editing or deleting the picked point (its links go with it),
 * and whether the dragged positions are saved.
 */
export function GraphEditorToolbar({
  courseId,
  graph,
  selected,
  linkMode,
  linkSourceName,
  saveState,
  saveProblem,
  onRetrySave,
  onAdd,
  onEdit,
  onToggleLink,
  onRemoved,
}: {
  courseId: string;
  graph: KnowledgeGraphData;
  selected: KnowledgeGraphNodeData | null;
  linkMode: boolean;
  linkSourceName: string | null;
  saveState: LayoutSaveState;
  saveProblem: string | null;
  onRetrySave: () => void;
  onAdd: () => void;
  onEdit: () => void;
  onToggleLink: () => void;
  onRemoved: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useKnowledgePointRemove(courseId);
  const linked = selected ? graph.edges.filter((edge) => edge.sourceId === selected.id || edge.targetId === selected.id).length : 0;

  const onRemove = async () => {
    if (!selected) return;
    try {
      const result = await remove.mutateAsync({ id: selected.id });
      void message.success(t('course.pointEditor.removed', { name: selected.point.name, count: result.removedEdges ?? 0 }));
      onRemoved(selected.id);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };

  let hint: string;
  if (linkMode) hint = linkSourceName ? t('course.pointEditor.linkPickTarget', { name: linkSourceName }) : t('course.pointEditor.linkPickSource');
  else hint = t('course.pointEditor.hint');

  return (
    <div className="zyk-kg__toolbar" data-testid="graph-editor-toolbar">
      <Space wrap size={[8, 8]}>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd} data-testid="point-add">
          {t('course.pointEditor.addButton')}
        </Button>
        <Button
          icon={<NodeIndexOutlined />}
          type={linkMode ? 'primary' : 'default'}
          ghost={linkMode}
          aria-pressed={linkMode}
          onClick={onToggleLink}
          data-testid="link-mode"
        >
          {t(linkMode ? 'course.pointEditor.linkModeOff' : 'course.pointEditor.linkMode')}
        </Button>
        {selected && !linkMode ? (
          <>
            <Button icon={<EditOutlined />} onClick={onEdit} data-testid="point-edit">
              {t('course.pointEditor.editButton', { name: selected.point.name })}
            </Button>
            <Popconfirm
              title={t('course.pointEditor.removeTitle', { name: selected.point.name })}
              description={t('course.pointEditor.removeConfirm', { count: linked })}
              okText={t('course.edges.remove')}
              okButtonProps={{ danger: true, loading: remove.isPending }}
              cancelText={t('common.cancel')}
              onConfirm={() => onRemove()}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="point-remove">
                {t('course.edges.remove')}
              </Button>
            </Popconfirm>
          </>
        ) : null}
      </Space>
      <p className="zyk-muted zyk-kg__toolbar-hint" aria-live="polite" data-testid="graph-editor-hint">
        {hint}
        {saveState !== 'idle' && saveState !== 'error' ? (
          <span className="zyk-kg__save-state" data-testid="layout-save-state" data-state={saveState}>
            {t(`course.pointEditor.layout.${saveState}`)}
          </span>
        ) : null}
      </p>
      {saveState === 'error' ? (
        <Alert
          type="error"
          showIcon
          message={t('course.pointEditor.layout.error')}
          description={saveProblem}
          action={
            <Button size="small" onClick={onRetrySave}>
              {t('common.retry')}
            </Button>
          }
          data-testid="layout-save-error"
        />
      ) : null}
    </div>
  );
}

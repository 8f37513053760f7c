import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilder } from '../hooks/use-builder-context';
import { scopes } from '../hooks/use-structure-actions';
import { moduleTree } from '../utils/structure';
import { ActionProblem } from './action-problem';
import { ModuleNode } from './module-node';
import { TitleForm } from './title-form';

/** The course's modules (nested) → units → items; for the team with the form to add a module. */
export function StructureTree() {
  const { t } = useTranslation();
  const { modules, readOnly, actions } = useBuilder();
  const tree = useMemo(() => moduleTree(modules), [modules]);

  return (
    <div className="zyk-cb-tree" data-testid="structure-tree" data-read-only={readOnly || undefined}>
      {tree.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={readOnly ? t('courseBuilder.tree.emptyVersion') : t('courseBuilder.tree.empty')}
          data-testid="structure-empty"
        />
      ) : (
        tree.map((node) => <ModuleNode key={node.module.id} node={node} />)
      )}
      {readOnly ? null : (
        <div className="zyk-cb-tree__add">
          <TitleForm
            label={t('courseBuilder.module.newTitle')}
            submitLabel={t('courseBuilder.module.add')}
            onSubmit={(title) => actions.addModule(title, null)}
            testId="module-add"
          />
          <ActionProblem scope={scopes.addModule(null)} />
        </div>
      )}
    </div>
  );
}

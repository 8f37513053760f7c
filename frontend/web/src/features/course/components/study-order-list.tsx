import { useTranslation } from 'react-i18next';
import type { StudyStep } from '../utils/point-graph';

/**
 * 学习顺序: the points grouped by step (what can be studied once the earlier steps are done), each
 * with its kind, resource count and "先学…" (its direct prerequisites). A point is a button that
 * shows its resources.
 */
export function StudyOrderList({
  steps,
  selectedId,
  onSelect,
}: {
  steps: StudyStep[];
  selectedId: string | null;
  onSelect: (pointId: string) => void;
}) {
  const { t } = useTranslation();
  const separator = t('common.listSeparator');
  return (
    <ol className="zyk-kg__steps" data-testid="study-order">
      {steps.map(({ step, items }) => (
        <li key={step} className="zyk-kg__step" data-step={step}>
          <h4 className="zyk-kg__step-title">{t('course.graph.step', { step })}</h4>
          <ul className="zyk-kg__points">
            {items.map(({ node, studyFirst, contains }) => (
              <li key={node.id}>
                <button
                  type="button"
                  className={`zyk-kg__point${node.id === selectedId ? ' zyk-kg__point--selected' : ''}`}
                  aria-pressed={node.id === selectedId}
                  data-testid="study-order-item"
                  data-point-id={node.id}
                  data-point-name={node.point.name}
                  onClick={() => onSelect(node.id)}
                >
                  <span className="zyk-kg__point-head">
                    <span className="zyk-kg__order" aria-hidden="true">
                      {node.studyOrder}
                    </span>
                    <span className="zyk-kg__point-name">{node.point.name}</span>
                    <span className={`zyk-kg__kind zyk-kg__kind--${node.point.kind.toLowerCase()}`}>
                      {t(`course.graph.kind.${node.point.kind}`)}
                    </span>
                    <span className="zyk-kg__count">{t('course.graph.resourceCount', { count: node.resourceTotal })}</span>
                  </span>
                  {studyFirst.length ? (
                    <span className="zyk-kg__first" data-testid="study-first">
                      {t('course.graph.studyFirst', { names: studyFirst.join(separator) })}
                    </span>
                  ) : null}
                  {contains.length ? (
                    <span className="zyk-kg__first">{t('course.graph.containsList', { names: contains.join(separator) })}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

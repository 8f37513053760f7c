import { Alert } from 'antd';
import { useBuilderFeedback, type Scope } from '../hooks/use-builder-feedback';

/** The server's reason for refusing the last action at `scope`, right where it was tried. */
export function ActionProblem({ scope, className }: { scope: Scope; className?: string }) {
  const { problems, clear } = useBuilderFeedback();
  const problem = problems.get(scope);
  if (!problem) return null;
  return (
    <Alert
      className={`zyk-cb-problem ${className ?? ''}`}
      type="error"
      showIcon
      closable
      onClose={() => clear(scope)}
      message={<span data-testid="action-problem-message">{problem.message}</span>}
      role="alert"
      data-testid="action-problem"
      data-scope={scope}
      data-code={problem.code}
    />
  );
}

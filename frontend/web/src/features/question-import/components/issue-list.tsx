import { useTranslation } from 'react-i18next';

export interface ImportIssueView {
  location?: string | null;
  message: string;
}

interface Props {
  issues: readonly ImportIssueView[];
  /** Errors are numbered; warnings are not. */
  ordered?: boolean;
  itemTestId?: string;
}

/** Problems found in an import file, each after its location (第 3 题（第 11 行）：…). */
export function IssueList({ issues, ordered = true, itemTestId }: Props) {
  const { t } = useTranslation();
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className="zyk-qi__issues">
      {issues.map((issue, index) => (
        <li key={index} data-testid={itemTestId}>
          {issue.location ? (
            <>
              <strong>{issue.location}</strong>
              {t('questionImport.issueSeparator')}
            </>
          ) : null}
          {issue.message}
        </li>
      ))}
    </List>
  );
}

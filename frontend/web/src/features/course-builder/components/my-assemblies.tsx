import { AppstoreAddOutlined, DeleteOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Input, Pagination, Popconfirm, Skeleton, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSEMBLY_PAGE_SIZE, useMyAssemblies, type MyAssembly } from '../api/course-structure';
import { useAssemblyDelete } from '../api/structure-mutations';
import { useBuilder } from '../hooks/use-builder-context';
import { useBuilderFeedback } from '../hooks/use-builder-feedback';
import { ActionProblem } from './action-problem';
import { ResourceTypeLabel } from './resource-type-icon';

const scope = (id: string) => `assembly:${id}`;

/** 我的积件: the user's assemblies to reuse in a unit, edit (their own) or delete (when no course uses them). */
export function MyAssemblies({ renderAdd }: { renderAdd: (assemblyId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const builder = useBuilder();
  const { run } = useBuilderFeedback();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const assemblies = useMyAssemblies(query, page);
  const remove = useAssemblyDelete();
  const data = assemblies.data;

  const edit = (assembly: MyAssembly) =>
    builder.editAssembly({
      id: assembly.id,
      title: assembly.title,
      description: assembly.description,
      resources: assembly.resources.map(({ id, title, type }) => ({ id, title, type })),
    });

  const onDelete = async (assembly: MyAssembly) => {
    const done = await run(scope(assembly.id), () => remove.mutateAsync({ id: assembly.id }));
    if (done) void message.success(t('courseBuilder.assembly.deleted'));
  };

  let body: ReactNode;
  if (assemblies.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (assemblies.isError) body = <Alert type="error" showIcon message={assemblies.error.message} />;
  else if (!data || data.items.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={query ? t('courseBuilder.library.noResults') : t('courseBuilder.assembly.none')} />;
  else
    body = (
      <>
        <ul className="zyk-cb-search__hits" data-testid="my-assemblies">
          {data.items.map((assembly) => (
            <li key={assembly.id} className="zyk-cb-hit" data-testid="my-assembly" data-assembly-id={assembly.id} data-title={assembly.title}>
              <div className="zyk-cb-hit__row">
                <div className="zyk-cb-hit__body">
                  <div className="zyk-cb-hit__title">
                    <Tag color="purple" className="zyk-cb-tag">
                      {t('courseBuilder.item.assembly')}
                    </Tag>
                    <strong>{assembly.title}</strong>
                  </div>
                  <div className="zyk-cb-hit__meta zyk-muted">
                    {t('courseBuilder.assembly.summary', { count: assembly.resources.length, used: assembly.courseItemCount })}
                    {assembly.withdrawnCount ? (
                      <Tag color="red" icon={<WarningOutlined />} className="zyk-cb-tag zyk-cb-hit__warn">
                        {t('courseBuilder.assembly.withdrawn', { count: assembly.withdrawnCount })}
                      </Tag>
                    ) : null}
                  </div>
                  {assembly.resources.length ? (
                    <ol className="zyk-cb-item__parts">
                      {assembly.resources.slice(0, 5).map((resource) => (
                        <li key={resource.id}>
                          <ResourceTypeLabel type={resource.type} />
                          <span>{resource.title}</span>
                        </li>
                      ))}
                      {assembly.resources.length > 5 ? <li className="zyk-muted">…</li> : null}
                    </ol>
                  ) : null}
                </div>
                <div className="zyk-cb-hit__actions">
                  {assembly.canEdit ? (
                    <>
                      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('courseBuilder.assembly.edit')} title={t('courseBuilder.assembly.edit')} onClick={() => edit(assembly)} data-testid="my-assembly-edit" />
                      <Popconfirm
                        title={t('courseBuilder.assembly.deleteConfirm', { title: assembly.title })}
                        okText={t('courseBuilder.remove')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => onDelete(assembly)}
                      >
                        <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('courseBuilder.assembly.delete')} title={t('courseBuilder.assembly.delete')} data-testid="my-assembly-delete" />
                      </Popconfirm>
                    </>
                  ) : null}
                  {renderAdd(assembly.id)}
                </div>
              </div>
              <ActionProblem scope={scope(assembly.id)} />
              <ActionProblem scope={`library:assembly-${assembly.id}`} />
            </li>
          ))}
        </ul>
        {data.total > ASSEMBLY_PAGE_SIZE ? (
          <Pagination className="zyk-cb-search__pages" size="small" simple current={page} pageSize={ASSEMBLY_PAGE_SIZE} total={data.total} onChange={setPage} />
        ) : null}
      </>
    );

  return (
    <div className="zyk-cb-search" aria-busy={assemblies.isFetching}>
      <div className="zyk-cb-search__form">
        <Input.Search
          value={text}
          onChange={(event) => setText(event.target.value)}
          onSearch={(value) => {
            setQuery(value.trim());
            setPage(1);
          }}
          placeholder={t('courseBuilder.assembly.searchPlaceholder')}
          aria-label={t('courseBuilder.assembly.searchPlaceholder')}
          allowClear
          maxLength={100}
          data-testid="my-assemblies-input"
        />
        <Button icon={<AppstoreAddOutlined />} onClick={() => builder.editAssembly({ title: '', description: '', resources: [] })} data-testid="assembly-new">
          {t('courseBuilder.assembly.new')}
        </Button>
      </div>
      {body}
    </div>
  );
}

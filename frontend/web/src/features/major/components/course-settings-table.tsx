import { Grid, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { TrainingProgramDetailsFragment } from '@zyk/shared';

type Setting = TrainingProgramDetailsFragment['courseSettings'][number];

const formatNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Course settings by category with a subtotal row; a card list on narrow screens. */
export function CourseSettingsTable({ settings }: { settings: Setting[] }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const sum = (pick: (s: Setting) => number) => settings.reduce((n, s) => n + pick(s), 0);
  const subtotal = { credits: sum((s) => s.credits), hours: sum((s) => s.hours), practiceHours: sum((s) => s.practiceHours) };
  const separator = t('common.listSeparator');

  if (!screens.md) {
    return (
      <ul className="zyk-setting-cards" data-testid="course-settings">
        {settings.map((s) => (
          <li className="zyk-setting-card" key={s.id}>
            <h4 className="zyk-setting-card__title">{t(`program.settingCategory.${s.category}`)}</h4>
            <dl className="zyk-setting-card__numbers">
              <div>
                <dt>{t('program.columns.credits')}</dt>
                <dd>{formatNumber(s.credits)}</dd>
              </div>
              <div>
                <dt>{t('program.columns.hours')}</dt>
                <dd>{s.hours}</dd>
              </div>
              <div>
                <dt>{t('program.columns.practiceHours')}</dt>
                <dd>{s.practiceHours}</dd>
              </div>
            </dl>
            <p className="zyk-setting-card__courses">{s.courseNames.join(separator)}</p>
          </li>
        ))}
        <li className="zyk-setting-card zyk-setting-card--total">
          <h4 className="zyk-setting-card__title">{t('program.subtotal')}</h4>
          <dl className="zyk-setting-card__numbers">
            <div>
              <dt>{t('program.columns.credits')}</dt>
              <dd>{formatNumber(subtotal.credits)}</dd>
            </div>
            <div>
              <dt>{t('program.columns.hours')}</dt>
              <dd>{subtotal.hours}</dd>
            </div>
            <div>
              <dt>{t('program.columns.practiceHours')}</dt>
              <dd>{subtotal.practiceHours}</dd>
            </div>
          </dl>
        </li>
      </ul>
    );
  }

  const columns: ColumnsType<Setting> = [
    {
      key: 'category',
      title: t('program.columns.category'),
      width: 150,
      render: (_, s) => <strong>{t(`program.settingCategory.${s.category}`)}</strong>,
    },
    { key: 'credits', title: t('program.columns.credits'), align: 'right', width: 90, render: (_, s) => formatNumber(s.credits) },
    { key: 'hours', title: t('program.columns.hours'), align: 'right', width: 90, dataIndex: 'hours' },
    { key: 'practiceHours', title: t('program.columns.practiceHours'), align: 'right', width: 120, dataIndex: 'practiceHours' },
    {
      key: 'courses',
      title: t('program.columns.courses'),
      render: (_, s) => <span className="zyk-muted">{s.courseNames.join(separator)}</span>,
    },
  ];

  return (
    <Table<Setting>
      data-testid="course-settings"
      className="zyk-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={settings}
      pagination={false}
      bordered
      summary={() => (
        <Table.Summary.Row className="zyk-table__total">
          <Table.Summary.Cell index={0}>
            <strong>{t('program.subtotal')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong>{formatNumber(subtotal.credits)}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <strong>{subtotal.hours}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <strong>{subtotal.practiceHours}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} />
        </Table.Summary.Row>
      )}
    />
  );
}

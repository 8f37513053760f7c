import { Avatar } from 'antd';
import { useTranslation } from 'react-i18next';
import { Pill } from '@/components/pill';
import { Section } from '@/components/section';
import type { CoursePageData } from '../api/get-course-page';

const AVATAR_COLORS = ['#0d47b5', '#0b7d6e', '#7a35e0', '#b85c00', '#c0392b', '#2d6a4f'];

/** The teaching team: lead(s) first, each with title, organisation and role. */
export function TeacherTeam({ teachers }: { teachers: CoursePageData['teachers'] }) {
  const { t } = useTranslation();
  const ordered = [...teachers].sort((a, b) => Number(b.role === 'LEAD') - Number(a.role === 'LEAD'));
  return (
    <Section title={t('course.teachers')} id="teachers">
      {ordered.length ? (
        <ul className="zyk-teachers" data-testid="teacher-team">
          {ordered.map((teacher, index) => (
            <li className="zyk-teacher" key={teacher.id}>
              <Avatar size={48} style={{ backgroundColor: AVATAR_COLORS[index % AVATAR_COLORS.length], flex: 'none' }} aria-hidden="true">
                {teacher.name.slice(0, 1)}
              </Avatar>
              <div className="zyk-teacher__body">
                <p className="zyk-teacher__name">
                  <strong>{teacher.name}</strong>
                  <Pill tone={teacher.role === 'LEAD' ? 'blue' : 'grey'}>{t(`course.role.${teacher.role}`)}</Pill>
                </p>
                <p className="zyk-teacher__meta">
                  {[teacher.title, teacher.organisation].filter(Boolean).join(' · ')}
                </p>
                {teacher.bio ? <p className="zyk-teacher__bio">{teacher.bio}</p> : null}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted">{t('course.noTeachers')}</p>
      )}
    </Section>
  );
}

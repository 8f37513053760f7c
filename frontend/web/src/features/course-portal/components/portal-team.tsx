import { Avatar } from 'antd';
import { useTranslation } from 'react-i18next';
import { Pill } from '@/components/pill';
import { Section } from '@/components/section';
import type { PortalData } from '../api/course-portal';

type Teacher = PortalData['teachers'][number];

const AVATAR_COLORS = ['#0d47b5', '#0b7d6e', '#7a35e0', '#b85c00', '#c0392b', '#2d6a4f'];

/** Leads first, the rest in the team's order. */
function ordered(teachers: PortalData['teachers']) {
  return [...teachers].sort((a, b) => Number(b.role === 'LEAD') - Number(a.role === 'LEAD'));
}

function TeacherPhoto({ teacher, index, size }: { teacher: Teacher; index: number; size: number }) {
  return teacher.photoUrl ? (
    <Avatar size={size} src={teacher.photoUrl} alt="" style={{ flex: 'none' }} />
  ) : (
    <Avatar size={size} style={{ backgroundColor: AVATAR_COLORS[index % AVATAR_COLORS.length], flex: 'none' }} aria-hidden="true">
      {teacher.name.slice(0, 1)}
    </Avatar>
  );
}

function RolePill({ teacher }: { teacher: Teacher }) {
  const { t } = useTranslation();
  return <Pill tone={teacher.role === 'LEAD' ? 'blue' : 'grey'}>{t(`course.role.${teacher.role}`)}</Pill>;
}

/**
 * 教学团队. `list`: avatar and text rows (a side column); `cards`: a grid of cards with large photos
 * (visual); `compact`: small rows, biography under the name.
 */
export function PortalTeam({ teachers, variant = 'list' }: { teachers: PortalData['teachers']; variant?: 'list' | 'cards' | 'compact' }) {
  const { t } = useTranslation();
  const team = ordered(teachers);
  return (
    <Section title={t('course.teachers')} id="teachers" className={`zyk-portal-team zyk-portal-team--${variant}`}>
      {team.length ? (
        <ul className={variant === 'cards' ? 'zyk-portal-cards' : 'zyk-teachers'} data-testid="teacher-team" data-variant={variant}>
          {team.map((teacher, index) =>
            variant === 'cards' ? (
              <li className="zyk-portal-card" key={teacher.id ?? `t-${index}`}>
                <div className="zyk-portal-card__photo" style={{ backgroundColor: AVATAR_COLORS[index % AVATAR_COLORS.length] }}>
                  {teacher.photoUrl ? (
                    <img src={teacher.photoUrl} alt="" loading="lazy" data-testid="teacher-photo" />
                  ) : (
                    <span aria-hidden="true">{teacher.name.slice(0, 1)}</span>
                  )}
                </div>
                <div className="zyk-portal-card__body">
                  <p className="zyk-teacher__name">
                    <strong>{teacher.name}</strong>
                    <RolePill teacher={teacher} />
                  </p>
                  {teacher.title ? <p className="zyk-portal-card__title">{teacher.title}</p> : null}
                  {teacher.organisation ? <p className="zyk-teacher__meta">{teacher.organisation}</p> : null}
                  {teacher.bio ? <p className="zyk-teacher__bio">{teacher.bio}</p> : null}
                </div>
              </li>
            ) : (
              <li className="zyk-teacher" key={teacher.id ?? `t-${index}`}>
                <TeacherPhoto teacher={teacher} index={index} size={variant === 'compact' ? 40 : 48} />
                <div className="zyk-teacher__body">
                  <p className="zyk-teacher__name">
                    <strong>{teacher.name}</strong>
                    <RolePill teacher={teacher} />
                  </p>
                  <p className="zyk-teacher__meta">{[teacher.title, teacher.organisation].filter(Boolean).join(' · ')}</p>
                  {teacher.bio ? <p className="zyk-teacher__bio">{teacher.bio}</p> : null}
                </div>
              </li>
            ),
          )}
        </ul>
      ) : (
        <p className="zyk-muted">{t('course.noTeachers')}</p>
      )}
    </Section>
  );
}

import type { PortalStatus, PortalTemplate } from '@zyk/shared';
import type { PortalCourse, PortalData, PortalDraftData } from '../api/course-portal';

/** 数控加工工艺与编程 as the course page query answers it (without the portal). */
export function portalCourse(overrides: Partial<PortalCourse> = {}): PortalCourse {
  return {
    id: '8',
    slug: 'nc-process-programming',
    name: '数控加工工艺与编程',
    kind: 'CORE',
    summary: '制定数控加工工艺，掌握 G 代码手工编程。',
    intro: '<p>线上介绍</p>',
    hours: 96,
    credits: 6,
    semester: 3,
    major: { id: '3', code: '460103', name: '数控技术' },
    teachers: [],
    outline: [{ id: '41', title: '数控加工工艺基础', summary: '坐标系与工艺文件', hours: 12 }],
    skillPoints: [],
    prerequisites: [{ id: '5', name: '机械制图与CAD', kind: 'FOUNDATION' }],
    ...overrides,
  };
}

/** A portal with every part filled: goals of the three kinds, two modules, methods, 40/60 weights, a team. */
export function portalData(template: PortalTemplate = 'CLASSIC', overrides: Partial<PortalData> = {}): PortalData {
  return {
    name: '数控加工工艺与编程',
    template,
    level: 'INTERMEDIATE',
    summary: '制定数控加工工艺，掌握 G 代码手工编程。',
    intro: '<p>本课程以<b>典型零件</b>为载体。</p>',
    coverUrl: null,
    standard: {
      goals: [
        { id: '1', kind: 'KNOWLEDGE', text: '掌握数控加工工艺分析方法' },
        { id: '2', kind: 'SKILL', text: '能编制车削零件的加工程序' },
        { id: '3', kind: 'QUALITY', text: '养成安全文明生产习惯' },
        { id: '4', kind: 'KNOWLEDGE', text: '熟悉 FANUC 常用 G 指令' },
      ],
      modules: [
        { id: '41', title: '数控加工工艺基础', hours: 12, summary: '坐标系与工艺文件' },
        { id: '42', title: '数控车削编程', hours: 24, summary: '外圆、端面与螺纹' },
      ],
      methods: [{ id: '7', name: '项目教学', description: '以典型零件贯穿' }],
      assessment: [
        { id: '8', name: '过程考核', weight: 40, description: '工艺文件与程序' },
        { id: '9', name: '期末考核', weight: 60, description: '综合零件' },
      ],
      totalHours: 36,
    },
    teachers: [
      { id: '21', name: '李晓燕', title: '副教授', organisation: '华东机电职业技术学院', role: 'MEMBER', bio: '技能大赛指导教师', photoUrl: '/media/t21.jpg' },
      { id: '20', name: '张海涛', title: '高级工程师', organisation: '精工数控装备有限公司', role: 'LEAD', bio: '20 年工艺经验', photoUrl: null },
    ],
    ...overrides,
  };
}

/** The team's draft of the portal in a given review status. */
export function portalDraft(status: PortalStatus = 'PUBLISHED', overrides: Partial<PortalDraftData> = {}, template: PortalTemplate = 'CLASSIC'): PortalDraftData {
  return {
    status,
    updatedAt: '2026-11-20T08:30:00+00:00',
    comment: '',
    portal: { ...portalData(template), introSource: '<p>本课程以<b>典型零件</b>为载体。</p>' },
    ...overrides,
  };
}

import type { ResourceFormOptionsQuery, StudioBatchFieldsFragment, StudioResourceFieldsFragment, StudioResourceMediaFieldsFragment } from '@zyk/shared';

/** Form options of the demo kind: one institution, one major with one course (two modules, two points). */
export function formOptions(overrides: Partial<ResourceFormOptionsQuery['resourceFormOptions']> = {}): ResourceFormOptionsQuery['resourceFormOptions'] {
  return {
    organisations: [{ id: '1', name: '华东机电职业技术学院' }],
    majors: [
      {
        id: '3',
        name: '数控技术',
        code: '460103',
        namingPattern: '{专业代码}-{课程}-{知识点}-{素材类型}-{序号}',
        namingEnforced: true,
        courses: [
          {
            id: '11',
            name: '数控车削加工技术',
            modules: [
              { id: '21', name: '轴类零件加工' },
              { id: '22', name: '套类与配合件加工' },
            ],
            knowledgePoints: [
              { id: '31', name: '阶梯轴车削', kind: 'knowledge' },
              { id: '32', name: '内孔车削', kind: 'knowledge' },
            ],
          },
        ],
      },
    ],
    maxUploadBytes: 2 * 1024 ** 3,
    ...overrides,
  };
}

/** A file's conversion as the studio shows it (finished unless told otherwise). */
export function studioMedia(overrides: Partial<StudioResourceMediaFieldsFragment> = {}): StudioResourceMediaFieldsFragment {
  return { state: 'SUCCEEDED', progress: 100, errorCode: '', errorMessage: '', playable: true, canRetry: false, subtitles: [], ...overrides };
}

/** A resource as 我的资源 lists it. */
export function studioResource(overrides: Partial<StudioResourceFieldsFragment> = {}): StudioResourceFieldsFragment {
  return {
    id: '101',
    title: '460103-数控车削加工技术-阶梯轴车削-图片-01',
    type: 'IMAGE',
    description: '',
    url: '',
    source: 'ORIGINAL',
    licence: 'ALL_RIGHTS_RESERVED',
    audienceLevel: 'HIGHER',
    visibility: 'PUBLIC',
    downloadRequiresLogin: true,
    rightsHolder: '华东机电职业技术学院',
    organisation: { id: '1', name: '华东机电职业技术学院' },
    major: { id: '3', name: '数控技术' },
    course: { id: '11', name: '数控车削加工技术' },
    module: { id: '21', name: '轴类零件加工' },
    knowledgePoints: [{ id: '31', name: '阶梯轴车削', kind: 'knowledge' }],
    keywords: ['阶梯轴'],
    authors: [{ name: '张海涛', organisationName: '华东机电职业技术学院' }],
    file: { filename: '阶梯轴.png', extension: 'png', mime: 'image/png', size: 2048, width: 24, height: 24, durationSeconds: null, pages: null },
    media: null,
    previewUrl: '/resources/101/file',
    canEdit: true,
    status: 'DRAFT',
    hasUnpublishedChanges: true,
    review: null,
    publishedAt: null,
    updatedAt: '2026-03-05T14:03:00+08:00',
    deletedAt: null,
    ...overrides,
  };
}

type Item = StudioBatchFieldsFragment['items'][number];

/** One row of a batch report, recognised from its folders. */
export function batchItem(overrides: Partial<Item> = {}): Item {
  return {
    id: '1',
    path: '数控车削加工技术/轴类零件加工/阶梯轴车削/图片/a.png',
    status: 'READY',
    errorCode: '',
    message: '',
    recognised: {
      title: '460103-数控车削加工技术-阶梯轴车削-图片-01',
      type: 'IMAGE',
      majorId: '3',
      courseId: '11',
      moduleId: '21',
      knowledgePointIds: ['31'],
      keywords: [],
      description: '',
      origins: JSON.stringify({ title: 'rule', resource_type: 'file', major_id: 'batch', course_id: 'folder', module_id: 'folder', knowledge_point_ids: 'folder' }),
    },
    file: { filename: 'a.png', extension: 'png', size: 2048 },
    duplicateOf: null,
    resource: null,
    ...overrides,
  };
}

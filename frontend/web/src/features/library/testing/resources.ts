import type { LibraryResource } from '../api/get-resource';
import type { ResourceMedia } from '../utils/media-plan';
import type { FacetBucket, ResourceCard, SearchResult } from '../api/search-resources';

/** Test data of the library (component tests only). */

export function card(overrides: Partial<ResourceCard> = {}): ResourceCard {
  return {
    id: '1',
    title: '数控车床对刀操作演示视频',
    type: 'VIDEO',
    description: '演示对刀步骤。',
    keywords: ['数控车床', '对刀'],
    previewUrl: '/resources/1/file',
    viewCount: 12,
    downloadCount: 3,
    publishedAt: '2025-03-05T08:00:00+08:00',
    organisation: { id: '1', name: '华东机电职业技术学院' },
    major: { id: '3', name: '数控技术' },
    course: { id: '9', name: '数控车削加工技术' },
    ...overrides,
  };
}

const bucket = (value: string, label: string, count: number): FacetBucket => ({ value, label, count });

export function searchResult(items: ResourceCard[], overrides: Partial<SearchResult['facets']> = {}): { resources: SearchResult } {
  return {
    resources: {
      total: items.length,
      items,
      facets: {
        majors: items.length ? [bucket('3', '数控技术', items.length)] : [],
        courses: items.length ? [bucket('9', '数控车削加工技术', 2), bucket('8', '数控加工工艺与编程', 1)] : [],
        types: items.length ? [bucket('video', 'Video', 2), bucket('document', '文档', 1)] : [],
        sources: items.length ? [bucket('original', '原创', items.length)] : [],
        knowledgePoints: items.length ? [bucket('12', '数控车床对刀与刀补设置', 2)] : [],
        ...overrides,
      },
    },
  };
}

export function resource(overrides: Partial<LibraryResource> = {}): LibraryResource {
  return {
    ...card(),
    body: '',
    url: '',
    source: 'ORIGINAL',
    licence: 'CC_BY_NC',
    audienceLevel: 'HIGHER',
    visibility: 'PUBLIC',
    downloadRequiresLogin: true,
    rightsHolder: '华东机电职业技术学院',
    module: { id: '2', name: '车削编程' },
    knowledgePoints: [{ id: '12', name: '数控车床对刀与刀补设置', kind: 'skill' }],
    authors: [{ name: '张海涛', organisationName: '华东机电职业技术学院' }],
    file: { filename: '对刀.mp4', extension: 'mp4', mime: 'video/mp4', size: 3_145_728, width: 1280, height: 720, durationSeconds: 187, pages: null },
    media: null,
    downloadUrl: '/resources/1/download',
    canDownload: false,
    canEdit: false,
    updatedAt: '2025-03-05T08:00:00+08:00',
    ...overrides,
  };
}

/** Converted media with nothing made yet (state NONE); tests set what they need. */
export function media(overrides: Partial<ResourceMedia> = {}): ResourceMedia {
  return {
    state: 'NONE',
    progress: 0,
    errorCode: '',
    errorMessage: '',
    playable: false,
    canRetry: false,
    hlsUrl: '',
    posterUrl: '',
    spriteVttUrl: '',
    mp4Url: '',
    webmUrl: '',
    audioUrl: '',
    peaksUrl: '',
    thumbnailUrl: '',
    pdfUrl: '',
    subtitleUrl: '',
    subtitles: [],
    packageUrl: '',
    images: [],
    pages: [],
    conversions: [],
    ...overrides,
  };
}

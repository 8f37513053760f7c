import type { GraphSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import {
  CATEGORY_KEYS,
  type CategoryKey,
  type CourseGraphLayout,
  type GraphLinkKind,
  type GraphNode,
} from './build-course-graph';

export type GraphOption = ComposeOption<GraphSeriesOption | TooltipComponentOption | LegendComponentOption>;

export const SERIES_ID = 'course-graph';

/** Space above the graph for the legend (two legend rows fit on a phone). */
export function legendHeight(mode: CourseGraphLayout['mode']) {
  return mode === 'phone' ? 60 : 40;
}

/** Category colours: each has at least 4.5:1 contrast on white, so they also work as text. */
export const CATEGORY_STYLE: Record<CategoryKey, { color: string; symbol: string }> = {
  foundation: { color: '#0b7d6e', symbol: 'roundRect' },
  core: { color: '#0d47b5', symbol: 'circle' },
  skill: { color: '#b85c00', symbol: 'diamond' },
  job: { color: '#7a35e0', symbol: 'triangle' },
};

const LINK_STYLE: Record<GraphLinkKind, NonNullable<GraphSeriesOption['lineStyle']>> = {
  prerequisite: { color: '#3d5a99', width: 1.6, type: 'solid', opacity: 0.75, curveness: 0.12 },
  related: { color: '#6b7a99', width: 1.4, type: 'dashed', opacity: 0.75, curveness: 0.3 },
  contains: { color: '#c98a3d', width: 1, type: 'solid', opacity: 0.45, curveness: 0 },
  mapsTo: { color: '#9b7ad6', width: 1, type: 'solid', opacity: 0.4, curveness: 0 },
};

const TEXT = '#1b2540';
const GRAPH_FONT =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const TEXT_MUTED = '#4a5671';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** The tooltip HTML of a node (names come from the API, so everything is escaped). */
export function nodeTooltip(node: GraphNode, t: TFunction): string {
  const title = (color: string) =>
    `<div style="font-weight:600;font-size:14px;color:${TEXT};margin-bottom:4px;max-width:260px;white-space:normal">` +
    `<span style="display:inline-block;width:8px;height:8px;border-radius:50%;background:${color};margin-right:6px"></span>` +
    `${escapeHtml(node.name)}</div>`;
  const row = (label: string, value: string) =>
    `<div style="color:${TEXT_MUTED};max-width:260px;white-space:normal;line-height:1.6">` +
    `<span style="color:${TEXT}">${escapeHtml(label)}${escapeHtml(t('common.colon'))}</span>${escapeHtml(value)}</div>`;
  const list = (items: string[]) => items.join(t('common.listSeparator')) || t('common.none');
  const info = node.info;
  switch (info.type) {
    case 'course':
      return (
        title(CATEGORY_STYLE[node.kind as CategoryKey].color) +
        row(t('graph.tooltip.kind'), t(`courseKind.${info.kind}`)) +
        row(t('graph.tooltip.hours'), String(info.hours)) +
        row(t('graph.tooltip.credits'), String(info.credits)) +
        row(t('graph.tooltip.skillPoints'), list(info.skillPoints)) +
        (info.facts
          ? row(
              t('graph.tooltip.points'),
              t('graph.pointCounts', { skills: info.facts.skillPoints, knowledge: info.facts.knowledgePoints }),
            ) + row(t('graph.tooltip.jobs'), list(info.facts.jobs))
          : '') +
        `<div style="color:${CATEGORY_STYLE.core.color};margin-top:4px">${escapeHtml(t('graph.tooltip.openCourse'))}</div>`
      );
    case 'skill':
      return (
        title(CATEGORY_STYLE.skill.color) +
        (info.description ? row(t('graph.category.skill'), info.description) : '') +
        row(t('graph.tooltip.course'), info.courseName) +
        row(t('graph.tooltip.jobs'), list(info.jobPositions))
      );
    case 'job':
      return title(CATEGORY_STYLE.job.color) + (info.description ? `<div style="color:${TEXT_MUTED};max-width:260px;white-space:normal;line-height:1.6">${escapeHtml(info.description)}</div>` : '');
    default:
      return '';
  }
}

/** Text safe inside an ECharts rich-text label (braces and bars are its markup). */
const richSafe = (text: string) => text.replace(/[{}|]/g, ' ');

/**
 * Breaks `text` into lines of at most `width` px (CJK characters about one em wide, others about half):
 * ECharts ignores the line breaks of a rich-text label when it wraps it itself (`overflow: 'break'`).
 */
export function wrapToWidth(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    const size = [...word].reduce((n, c) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? fontSize : fontSize * 0.56), 0);
    if (used + size > width && line.trim()) {
      lines.push(line.trim());
      line = '';
      used = 0;
    }
    if (!line && !word.trim()) continue;
    line += word;
    used += size;
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}

function nodeLabel(node: GraphNode, phone: boolean, t: TFunction) {
  switch (node.kind) {
    case 'anchor':
      return { show: false };
    case 'lane':
      return {
        show: true,
        position: 'inside' as const,
        color: TEXT_MUTED,
        fontSize: 12,
        fontWeight: 600 as const,
        width: node.labelWidth,
        overflow: 'truncate' as const,
        align: (phone ? 'left' : 'center') as 'left' | 'center',
        // On a phone the lane title sits at the left edge of its row.
        offset: phone ? [-node.x + 4, 0] : [0, 0],
      };
    case 'foundation':
    case 'core': {
      const facts = node.info.type === 'course' ? node.info.facts : null;
      return {
        show: true,
        position: 'bottom' as const,
        distance: 6,
        color: TEXT,
        fontSize: phone ? 11 : 13,
        fontWeight: (node.kind === 'core' ? 600 : 500) as 600 | 500,
        lineHeight: phone ? 14 : 16,
        width: node.labelWidth,
        overflow: 'break' as const,
        align: 'center' as const,
        // On a desktop a second, smaller line gives the size of the course's knowledge graph.
        // (lines broken here: ECharts drops a rich label's own line breaks when it wraps it).
        ...(facts && !phone
          ? {
              overflow: 'none' as const,
              formatter: () =>
                [
                  ...wrapToWidth(richSafe(node.name), node.labelWidth, 13),
                  `{points|${richSafe(
                    t('graph.pointCounts', { skills: facts.skillPoints, knowledge: facts.knowledgePoints }),
                  )}}`,
                ].join('\n'),
              rich: { points: { color: TEXT_MUTED, fontSize: 11, fontWeight: 400 as const, lineHeight: 15 } },
            }
          : {}),
      };
    }
    default:
      return {
        show: true,
        position: node.labelPosition === 'right' ? ('right' as const) : ('bottom' as const),
        distance: node.labelPosition === 'right' ? 6 : 4,
        color: node.kind === 'job' ? TEXT : TEXT_MUTED,
        fontSize: phone ? 11 : node.kind === 'job' ? 13 : 12,
        fontWeight: (node.kind === 'job' ? 600 : 400) as 600 | 400,
        width: node.labelWidth,
        overflow: 'truncate' as const,
        ellipsis: '…',
      };
  }
}

export type RoamMode = true | 'scale';

/**
 * The ECharts option for a computed layout (layout 'none': positions are used as given).
 * `roam` is true (wheel/pinch zoom and drag to pan) except on touch screens at zoom 1, where the
 * whole graph is visible and a one-finger drag must scroll the page instead (see the chart).
 */
export function buildGraphOption(layout: CourseGraphLayout, t: TFunction, roam: RoamMode = true): GraphOption {
  const phone = layout.mode === 'phone';
  const categories = CATEGORY_KEYS.map((key) => ({
    name: t(`graph.category.${key}`),
    symbol: CATEGORY_STYLE[key].symbol,
    itemStyle: { color: CATEGORY_STYLE[key].color },
  }));
  const nodesById = new Map(layout.nodes.map((node) => [node.id, node]));

  const data = layout.nodes.map((node) => {
    const decorative = node.kind === 'lane' || node.kind === 'anchor';
    return {
      id: node.id,
      name: node.name,
      x: node.x,
      y: node.y,
      symbolSize: node.symbolSize,
      ...(node.category !== undefined ? { category: node.category } : {}),
      label: nodeLabel(node, phone, t),
      ...(decorative
        ? { tooltip: { show: false }, emphasis: { disabled: true }, draggable: false, cursor: 'default' }
        : {}),
      ...(node.kind === 'foundation' || node.kind === 'core'
        ? {
            cursor: 'pointer',
            itemStyle: { borderColor: '#ffffff', borderWidth: 2, shadowBlur: 6, shadowColor: 'rgba(13, 71, 181, 0.25)' },
          }
        : {}),
    };
  });

  const links = layout.links.map((link) => ({
    source: link.source,
    target: link.target,
    lineStyle: LINK_STYLE[link.kind],
    symbol: link.kind === 'prerequisite' ? ['none', 'arrow'] : ['none', 'none'],
    symbolSize: link.kind === 'prerequisite' ? [0, 9] : [0, 0],
    tooltip: {
      formatter: () =>
        `${escapeHtml(nodesById.get(link.source)?.name ?? '')} → ${escapeHtml(nodesById.get(link.target)?.name ?? '')}` +
        `<br/><span style="color:${TEXT_MUTED}">${escapeHtml(t(`graph.relation.${link.kind}`))}</span>`,
    },
  }));

  return {
    animationDuration: 400,
    animationDurationUpdate: 300,
    // Canvas text needs a real font list ('inherit' would make the canvas fall back to 10px).
    textStyle: { fontFamily: GRAPH_FONT },
    tooltip: {
      trigger: 'item',
      confine: true,
      enterable: false,
      backgroundColor: '#ffffff',
      borderColor: '#d9e1ef',
      textStyle: { color: TEXT, fontSize: 13 },
      extraCssText: 'box-shadow: 0 6px 24px rgba(27, 37, 64, 0.14); border-radius: 8px;',
      formatter: (params) => {
        const p = Array.isArray(params) ? params[0] : params;
        if (p?.dataType !== 'node') return '';
        const node = nodesById.get((p.data as { id: string }).id);
        return node ? nodeTooltip(node, t) : '';
      },
    },
    legend: [
      {
        data: categories.map((c) => c.name),
        top: 6,
        left: 'center',
        itemWidth: 14,
        itemHeight: 14,
        itemGap: phone ? 12 : 24,
        width: layout.width - 16,
        textStyle: { color: TEXT, fontSize: phone ? 12 : 13 },
      },
    ],
    series: [
      {
        id: SERIES_ID,
        type: 'graph',
        layout: 'none',
        // The layout box maps 1:1 onto this rectangle (see the anchors in build-course-graph).
        left: 0,
        top: legendHeight(layout.mode),
        width: layout.width,
        height: layout.height,
        roam,
        draggable: true,
        scaleLimit: { min: 0.4, max: 5 },
        categories,
        data,
        links,
        edgeSymbol: ['none', 'none'],
        emphasis: {
          focus: 'adjacency',
          scale: 1.15,
          label: { fontWeight: 700 },
          lineStyle: { width: 2.6, opacity: 1 },
        },
        blur: {
          itemStyle: { opacity: 0.15 },
          lineStyle: { opacity: 0.06 },
          label: { opacity: 0.25 },
        },
        labelLayout: { hideOverlap: false },
      },
    ],
  };
}

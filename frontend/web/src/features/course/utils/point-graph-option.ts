import type { GraphSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { PointGraphLayout, PointKind, PointLinkKind } from './point-graph';

export type PointGraphOption = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

/** Knowledge points are blue circles, skill points orange diamonds (both 4.5:1 on white). */
export const POINT_STYLE: Record<PointKind, { color: string; symbol: string }> = {
  KNOWLEDGE: { color: '#0d47b5', symbol: 'circle' },
  SKILL: { color: '#b85c00', symbol: 'diamond' },
};

export const LINK_STYLE: Record<PointLinkKind, NonNullable<GraphSeriesOption['lineStyle']>> = {
  PREREQUISITE: { color: '#3d5a99', width: 1.8, type: 'solid', opacity: 0.8, curveness: 0.08 },
  CONTAINS: { color: '#8a6d3b', width: 1.4, type: 'dashed', opacity: 0.7, curveness: 0.25 },
};

/** Room above the points (the key to shapes and lines is HTML, above the chart). */
export const TOP_SPACE = 12;
const TEXT = '#1b2540';
const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

export interface PointGraphEditing {
  /** The course team may drag points (positions are saved by the page). */
  draggable: boolean;
  /** In 连线 mode, the point picked as the start of the new link (drawn with a dashed green ring). */
  linkSourceId: string | null;
}

const NOT_EDITING: PointGraphEditing = { draggable: false, linkSourceId: null };

/** The ECharts option of a laid-out point graph; `selectedId` is drawn with a ring. */
export function buildPointGraphOption(
  layout: PointGraphLayout,
  t: TFunction,
  selectedId: string | null,
  editing: PointGraphEditing = NOT_EDITING,
): PointGraphOption {
  const phone = layout.mode === 'phone';
  const kinds: PointKind[] = ['KNOWLEDGE', 'SKILL'];
  const categories = kinds.map((kind) => ({
    name: t(`course.graph.kind.${kind}`),
    symbol: POINT_STYLE[kind].symbol,
    itemStyle: { color: POINT_STYLE[kind].color },
  }));
  const names = new Map(layout.nodes.map((node) => [node.id, node.name]));
  const anchors = [
    [0, 0],
    [layout.width, layout.height],
  ].map(([x, y], i) => ({
    id: `anchor:${i}`,
    name: '',
    x,
    y,
    symbolSize: 0,
    label: { show: false },
    tooltip: { show: false },
    emphasis: { disabled: true },
  }));
  const data = layout.nodes.map((node) => ({
    id: node.id,
    name: node.name,
    x: node.x,
    y: node.y,
    category: node.category,
    symbolSize: node.symbolSize,
    cursor: editing.draggable ? 'move' : 'pointer',
    draggable: editing.draggable,
    value: node.resourceTotal,
    itemStyle:
      node.id === editing.linkSourceId
        ? { borderColor: '#1a7f37', borderWidth: 4, borderType: 'dashed' as const }
        : node.id === selectedId
          ? { borderColor: '#f0b400', borderWidth: 4 }
          : { borderColor: '#ffffff', borderWidth: 2, shadowBlur: 4, shadowColor: 'rgba(13, 71, 181, 0.2)' },
    label: {
      show: true,
      position: 'bottom' as const,
      distance: 4,
      color: TEXT,
      fontSize: phone ? 11 : 12,
      width: node.labelWidth,
      overflow: 'truncate' as const,
    },
    tooltip: {
      formatter: () =>
        `<strong>${escapeHtml(node.name)}</strong><br/>` +
        `${escapeHtml(t(`course.graph.kind.${node.kind}`))} · ${escapeHtml(t('course.graph.step', { step: node.step }))}<br/>` +
        escapeHtml(t('course.graph.resourceCount', { count: node.resourceTotal })),
    },
  }));
  const links = layout.links.map((link) => ({
    source: link.source,
    target: link.target,
    lineStyle: LINK_STYLE[link.kind],
    symbol: link.arrow ? ['none', 'arrow'] : ['circle', 'none'],
    symbolSize: link.arrow ? [0, 10] : [5, 0],
    tooltip: {
      formatter: () =>
        escapeHtml(
          t(`course.graph.edgeText.${link.kind}`, { source: names.get(link.source) ?? '', target: names.get(link.target) ?? '' }),
        ),
    },
  }));
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT },
    tooltip: { trigger: 'item', confine: true, backgroundColor: '#ffffff', borderColor: '#d9e1ef', textStyle: { color: TEXT, fontSize: 13 } },
    series: [
      {
        type: 'graph',
        layout: 'none',
        left: 0,
        top: TOP_SPACE,
        width: layout.width,
        height: layout.height,
        roam: phone ? 'scale' : true,
        scaleLimit: { min: 0.5, max: 4 },
        categories,
        data: [...anchors, ...data],
        links,
        emphasis: { focus: 'adjacency', lineStyle: { width: 2.6, opacity: 1 } },
        blur: { itemStyle: { opacity: 0.2 }, lineStyle: { opacity: 0.08 }, label: { opacity: 0.3 } },
      },
    ],
  };
}

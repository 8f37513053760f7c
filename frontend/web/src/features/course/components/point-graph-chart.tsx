import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import type { KnowledgeGraphData } from '../api/knowledge-graph';
import { buildPointGraph, toGraphUnits, type PointPosition } from '../utils/point-graph';
import { buildPointGraphOption, TOP_SPACE } from '../utils/point-graph-option';

echarts.use([GraphChart, TooltipComponent, CanvasRenderer]);

export interface PointGraphChartProps {
  graph: KnowledgeGraphData;
  selectedId: string | null;
  onSelect: (pointId: string) => void;
  ariaLabel: string;
  /** Graph editor (course team): points can be dragged; `onMove` gets the positions to save. */
  draggable?: boolean;
  /** Positions dragged on this page and not yet in `graph` (graph units). */
  moved?: ReadonlyMap<string, PointPosition>;
  /**
   * After a drag: the dragged point's new position, and — so the picture stays as the team sees it —
   * the current position of every point not placed yet (all in graph units).
   */
  onMove?: (positions: Map<string, PointPosition>) => void;
  /** In 连线 mode, the point picked as the start of the new link. */
  linkSourceId?: string | null;
}

const NO_MOVES: ReadonlyMap<string, PointPosition> = new Map();

interface Positioned {
  x?: number;
  y?: number;
  parent?: Positioned | null;
}

/**
 * The course's knowledge graph as an ECharts `graph` (canvas): steps from left to right (rows on a
 * phone) or where the course team placed the points, prerequisite arrows, dashed contains links;
 * clicking a point shows its resources. The container publishes `data-point-nodes` (id, name, pixel
 * centre and graph-unit position of each point) for tests.
 */
export default function PointGraphChart({
  graph,
  selectedId,
  onSelect,
  ariaLabel,
  draggable = false,
  moved = NO_MOVES,
  onMove,
  linkSourceId = null,
}: PointGraphChartProps) {
  const { t } = useTranslation();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const width = useElementWidth(wrapperRef);
  const layout = useMemo(() => (width > 0 ? buildPointGraph(graph, width, moved) : null), [graph, width, moved]);
  const option = useMemo(
    () => (layout ? buildPointGraphOption(layout, t, selectedId, { draggable, linkSourceId }) : null),
    [layout, t, selectedId, draggable, linkSourceId],
  );
  const height = layout ? layout.height + TOP_SPACE * 2 : 320;

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return undefined;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    return () => {
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    const element = elementRef.current;
    if (!chart || !option || !layout || !element) return;
    chart.resize();
    chart.setOption(option, { notMerge: true });
    const publish = () => {
      if (chart.isDisposed()) return;
      const nodes = layout.nodes.map((node) => {
        const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [node.x, node.y]) as number[];
        const units = toGraphUnits(node.x, node.y, layout.width);
        return { id: node.id, name: node.name, x: Math.round(x), y: Math.round(y), gx: units.x, gy: units.y, placed: node.placed };
      });
      element.dataset.pointNodes = JSON.stringify(nodes);
    };
    publish();
    chart.on('finished', publish);
    return () => {
      chart.off('finished', publish);
    };
  }, [option, layout, height]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return undefined;
    const onClick = (params: echarts.ECElementEvent) => {
      const id = (params.data as { id?: string } | undefined)?.id;
      if (params.dataType === 'node' && id && !id.startsWith('anchor:')) onSelect(id);
    };
    chart.on('click', onClick);
    return () => {
      chart.off('click', onClick);
    };
  }, [onSelect]);

  // Dragging (graph editor): ECharts moves the point; the page learns where it went on release. The
  // pressed point comes from the chart's mousedown, its new place from the dragged element: ECharts
  // drags a point's symbol path, which moves its parent group, whose x/y are chart coordinates (the
  // layout's pixels at this width).
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !draggable || !onMove) return undefined;
    let pressed: string | null = null;
    const onDown = (params: echarts.ECElementEvent) => {
      const id = (params.data as { id?: string } | undefined)?.id;
      pressed = params.dataType === 'node' && id && !id.startsWith('anchor:') ? id : null;
      // A point still gliding to its new place after an update (300 ms) would have its x and y reset by
      // the animation on every frame, swallowing the drag: the glide is finished at once instead.
      const symbol = params.event?.target;
      if (pressed && symbol) {
        symbol.stopAnimation(undefined, true);
        symbol.parent?.stopAnimation(undefined, true);
      }
    };
    const onDragEnd = (event: { target?: Positioned | null }) => {
      const current = layoutRef.current;
      const id = pressed;
      pressed = null;
      const target = event.target?.parent ?? event.target;
      if (!id || !current || typeof target?.x !== 'number' || typeof target.y !== 'number') return;
      const positions = new Map<string, PointPosition>([[id, toGraphUnits(target.x, target.y, current.width)]]);
      for (const node of current.nodes) {
        if (!node.placed && node.id !== id) positions.set(node.id, toGraphUnits(node.x, node.y, current.width));
      }
      onMove(positions);
    };
    const zr = chart.getZr();
    chart.on('mousedown', onDown);
    zr.on('dragend', onDragEnd);
    return () => {
      chart.off('mousedown', onDown);
      zr.off('dragend', onDragEnd);
    };
  }, [draggable, onMove]);

  return (
    <div className="zyk-kg__chart" ref={wrapperRef}>
      <div
        ref={elementRef}
        style={{ height }}
        role="img"
        aria-label={ariaLabel}
        data-testid="point-graph-canvas"
        data-layout-mode={layout?.mode}
        data-arranged={layout?.arranged ? 'true' : 'false'}
      />
    </div>
  );
}

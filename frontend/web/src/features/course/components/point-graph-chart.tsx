import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useElementWidth } from '@/hooks/use-element-width';
import type { KnowledgeGraphData } from '../api/knowledge-graph';
import { buildPointGraph } from '../utils/point-graph';
import { buildPointGraphOption, TOP_SPACE } from '../utils/point-graph-option';

echarts.use([GraphChart, TooltipComponent, CanvasRenderer]);

export interface PointGraphChartProps {
  graph: KnowledgeGraphData;
  selectedId: string | null;
  onSelect: (pointId: string) => void;
  ariaLabel: string;
}

/**
 * The course's knowledge graph as an ECharts `graph` (canvas): steps from left to right (rows on a
 * phone), prerequisite arrows, dashed contains links; clicking a point shows its resources.
 * The container publishes `data-point-nodes` (id, name and pixel centre of each point) for tests.
 */
export default function PointGraphChart({ graph, selectedId, onSelect, ariaLabel }: PointGraphChartProps) {
  const { t } = useTranslation();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const width = useElementWidth(wrapperRef);
  const layout = useMemo(() => (width > 0 ? buildPointGraph(graph, width) : null), [graph, width]);
  const option = useMemo(() => (layout ? buildPointGraphOption(layout, t, selectedId) : null), [layout, t, selectedId]);
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
        return { id: node.id, name: node.name, x: Math.round(x), y: Math.round(y) };
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

  return (
    <div className="zyk-kg__chart" ref={wrapperRef}>
      <div
        ref={elementRef}
        style={{ height }}
        role="img"
        aria-label={ariaLabel}
        data-testid="point-graph-canvas"
        data-layout-mode={layout?.mode}
      />
    </div>
  );
}

import { CompressOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { GraphChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CourseGraphFragment } from '@zyk/shared';
import { useCoarsePointer } from '@/hooks/use-coarse-pointer';
import { useElementWidth } from '@/hooks/use-element-width';
import { buildCourseGraph, CATEGORY_KEYS, courseIdFromNodeId, type CategoryKey } from '../utils/build-course-graph';
import { buildGraphOption, legendHeight, SERIES_ID, type RoamMode } from '../utils/graph-option';

echarts.use([GraphChart, TooltipComponent, LegendComponent, CanvasRenderer]);

const ZOOM_STEP = 1.25;
const ZOOM_MIN = 0.4;
const ZOOM_MAX = 5;

export interface CourseGraphChartProps {
  graph: CourseGraphFragment;
  /** Accessible name of the canvas (it is described by the text list that follows it). */
  ariaLabel: string;
  describedBy?: string;
}

/**
 * The interactive knowledge graph (ECharts `graph` series, canvas). Node positions come from
 * buildCourseGraph for the container's current width; clicking a course opens its page.
 *
 * For end-to-end tests and tooling the container exposes `data-course-nodes`: the pixel centres
 * (relative to the container) of the course nodes, refreshed after every render, zoom or pan.
 */
export default function CourseGraphChart({ graph, ariaLabel, describedBy }: CourseGraphChartProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const chartElementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const zoomRef = useRef(1);
  const width = useElementWidth(wrapperRef);
  // On touch screens panning is switched on only while zoomed in: at zoom 1 the whole graph is
  // visible, and a one-finger drag has to scroll the page rather than get stuck in the canvas.
  const coarse = useCoarsePointer();
  const initialRoam: RoamMode = coarse ? 'scale' : true;
  const roamRef = useRef<RoamMode>(initialRoam);

  const laneLabels = useMemo(
    () => Object.fromEntries(CATEGORY_KEYS.map((key) => [key, t(`graph.category.${key}`)])) as Record<CategoryKey, string>,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes identity with the language
    [t, i18n.language],
  );
  const layout = useMemo(
    () => (width > 0 ? buildCourseGraph(graph, { width, laneLabels }) : null),
    [graph, width, laneLabels],
  );
  const option = useMemo(() => (layout ? buildGraphOption(layout, t, initialRoam) : null), [layout, t, initialRoam]);
  const height = layout ? layout.height + legendHeight(layout.mode) : 480;

  const publishNodePositions = useCallback(() => {
    const chart = chartRef.current;
    const element = chartElementRef.current;
    if (!chart || !element || !layout || chart.isDisposed()) return;
    const nodes = layout.nodes
      .filter((node) => node.kind === 'foundation' || node.kind === 'core')
      .map((node) => {
        const [x, y] = chart.convertToPixel({ seriesId: SERIES_ID }, [node.x, node.y]) as number[];
        return { id: node.refId, name: node.name, x: Math.round(x), y: Math.round(y) };
      });
    element.dataset.courseNodes = JSON.stringify(nodes);
    element.dataset.zoom = zoomRef.current.toFixed(3);
    element.dataset.roam = String(roamRef.current);
  }, [layout]);

  const syncRoamMode = useCallback(() => {
    const chart = chartRef.current;
    if (!chart || chart.isDisposed() || !coarse) return;
    const wanted: RoamMode = zoomRef.current > 1.01 ? true : 'scale';
    if (wanted === roamRef.current) return;
    roamRef.current = wanted;
    chart.setOption({ series: [{ id: SERIES_ID, roam: wanted }] });
  }, [coarse]);

  // Create the chart once, dispose it on unmount.
  useEffect(() => {
    const element = chartElementRef.current;
    if (!element) return undefined;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    return () => {
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  // (Re)draw whenever the layout or the language changes; this also resets zoom and pan.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !option) return;
    chart.resize();
    chart.setOption(option, { notMerge: true });
    zoomRef.current = 1;
    roamRef.current = initialRoam;
    publishNodePositions();
  }, [option, height, publishNodePositions, initialRoam]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return undefined;
    const onClick = (params: echarts.ECElementEvent) => {
      if (params.dataType !== 'node') return;
      const courseId = courseIdFromNodeId((params.data as { id?: string } | undefined)?.id);
      if (courseId) navigate(`/courses/${courseId}`);
    };
    const onRoam = (payload: unknown) => {
      const zoom = (payload as { zoom?: number }).zoom;
      if (typeof zoom === 'number') zoomRef.current *= zoom;
      syncRoamMode();
      // Roaming only moves the view (no 'finished' event), so publish the new positions here.
      requestAnimationFrame(publishNodePositions);
    };
    chart.on('click', onClick);
    chart.on('graphRoam', onRoam);
    chart.on('finished', publishNodePositions);
    return () => {
      chart.off('click', onClick);
      chart.off('graphRoam', onRoam);
      chart.off('finished', publishNodePositions);
    };
  }, [navigate, publishNodePositions, syncRoamMode]);

  const zoomBy = (factor: number) => {
    const chart = chartRef.current;
    const element = chartElementRef.current;
    if (!chart || !element) return;
    const target = Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, zoomRef.current * factor));
    const step = target / zoomRef.current;
    if (Math.abs(step - 1) < 1e-3) return;
    chart.dispatchAction({
      type: 'graphRoam',
      seriesId: SERIES_ID,
      zoom: step,
      originX: element.clientWidth / 2,
      originY: element.clientHeight / 2,
    });
  };
  const reset = () => {
    const chart = chartRef.current;
    if (!chart || !option) return;
    chart.setOption(option, { notMerge: true });
    zoomRef.current = 1;
    roamRef.current = initialRoam;
    publishNodePositions();
  };

  return (
    <div className="zyk-graph" ref={wrapperRef}>
      <div className="zyk-graph__toolbar">
        <Tooltip title={t('graph.zoomIn')}>
          <Button icon={<ZoomInOutlined />} aria-label={t('graph.zoomIn')} onClick={() => zoomBy(ZOOM_STEP)} />
        </Tooltip>
        <Tooltip title={t('graph.zoomOut')}>
          <Button icon={<ZoomOutOutlined />} aria-label={t('graph.zoomOut')} onClick={() => zoomBy(1 / ZOOM_STEP)} />
        </Tooltip>
        <Tooltip title={t('graph.reset')}>
          <Button icon={<CompressOutlined />} aria-label={t('graph.reset')} onClick={reset} />
        </Tooltip>
      </div>
      <div
        ref={chartElementRef}
        className="zyk-graph__canvas"
        style={{ height }}
        role="img"
        aria-label={ariaLabel}
        aria-describedby={describedBy}
        data-testid="knowledge-graph-canvas"
        data-layout-mode={layout?.mode}
      />
    </div>
  );
}

import { QUESTION_TYPE_LABELS, type QuestionResult } from '@linli/config';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { Card, Col, List, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import EChart, { echarts } from '@/components/EChart';
import { fetchTexts, type TextAnswer } from '@/services/surveys';
import { fmtTime } from '@/utils/eventLabels';

// the shared EChart registers the map; survey results add bars
echarts.use([BarChart, GridComponent]);

type Option = NonNullable<QuestionResult['options']>[number];

function barOption(options: Option[]) {
  const rows = [...options].reverse(); // echarts draws the first category at the bottom
  return {
    animation: false, // figures to read, not to watch grow
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((o) => o.label), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: rows.map((o) => o.count),
      barMaxWidth: 22,
      itemStyle: { color: '#1677ff' },
      label: { show: true, position: 'right', formatter: (p: any) => `${p.value}（${rows[p.dataIndex].percent}%）` },
    }],
  };
}

function OptionCounts({ options }: { options: Option[] }) {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <EChart option={barOption(options)} style={{ height: Math.max(120, options.length * 40) }} />
      </Col>
      <Col xs={24} lg={10}>
        <Table<Option>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={options}
          columns={[
            { title: '选项', dataIndex: 'label' },
            { title: '人数', dataIndex: 'count', width: 70 },
            { title: '比例', dataIndex: 'percent', width: 80, render: (p: number) => `${p}%` },
          ]}
        />
      </Col>
    </Row>
  );
}

/** The free-text answers of one question, page by page (with the respondent on named surveys). */
function TextAnswers({ surveyId, questionId }: { surveyId: number; questionId: string }) {
  const [page, setPage] = useState(1);
  const [data, setData] = useState<{ items: TextAnswer[]; total: number }>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    setLoading(true);
    fetchTexts(surveyId, questionId, page, 10).then(setData, () => undefined).finally(() => setLoading(false));
  }, [surveyId, questionId, page]);
  return (
    <List<TextAnswer>
      size="small"
      loading={loading}
      dataSource={data.items}
      locale={{ emptyText: '暂无文字答案' }}
      pagination={data.total > 10 ? { current: page, pageSize: 10, total: data.total, onChange: setPage, size: 'small' } : false}
      data-testid={`texts-${questionId}`}
      renderItem={(t) => (
        <List.Item>
          <div>
            <div>
              {t.text}
              {t.pending && <Tag color="warning" style={{ marginLeft: 8 }}>待审核</Tag>}
            </div>
            {t.respondent && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t.respondent.nickname}
                {t.respondent.phoneMasked ? ` ${t.respondent.phoneMasked}` : ''} · {fmtTime(t.submittedAt)}
              </Typography.Text>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}

const show = (v: number | string | null | undefined) => (v === null || v === undefined ? '—' : v);

/** One question's results: bars and counts for choices and ratings, figures for numbers and dates, texts listed. */
export default function QuestionResultCard({ surveyId, index, q }: { surveyId: number; index: number; q: QuestionResult }) {
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid={`result-${q.id}`}
      title={`${index + 1}. ${q.title}`}
      extra={
        <span>
          <Tag>{QUESTION_TYPE_LABELS[q.type]}</Tag>
          {q.required && <Tag color="red">必答</Tag>}
          作答 {q.answered} 人
        </span>
      }
    >
      {q.type === 'rating' && <Statistic title="平均分" value={show(q.average)} suffix={q.average === null ? '' : '分'} style={{ marginBottom: 12 }} />}
      {q.options && <OptionCounts options={q.options} />}
      {q.type === 'number' && (
        <Row gutter={16}>
          <Col span={8}><Statistic title="平均值" value={show(q.average)} /></Col>
          <Col span={8}><Statistic title="最小值" value={show(q.min)} /></Col>
          <Col span={8}><Statistic title="最大值" value={show(q.max)} /></Col>
        </Row>
      )}
      {q.type === 'date' && (
        <Row gutter={16}>
          <Col span={12}><Statistic title="最早" value={show(q.earliest)} /></Col>
          <Col span={12}><Statistic title="最晚" value={show(q.latest)} /></Col>
        </Row>
      )}
      {q.type === 'text' && (
        <>
          {!!q.pending && <Typography.Paragraph type="warning">{q.pending} 条答案待内容审核，仅工作人员可见</Typography.Paragraph>}
          <TextAnswers surveyId={surveyId} questionId={q.id} />
        </>
      )}
    </Card>
  );
}

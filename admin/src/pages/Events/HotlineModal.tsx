import { ModalForm, ProFormDigit, ProFormGroup, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Alert, Button, Form, Select, Space } from 'antd';
import { useState } from 'react';
import { fetchCategories } from '@/services/directory';
import { createEvent, errorText, type HotlineBody, type StaffEventDetail } from '@/services/events';
import { fetchGrid, queryGrids } from '@/services/regions';

interface Props {
  trigger: JSX.Element;
  onCreated: (e: StaffEventDetail) => void;
}

/** 12345 热线录入: staff enter a caller's report; the location can be taken from a grid's centre. */
export default function HotlineModal({ trigger, onCreated }: Props) {
  const [form] = Form.useForm<HotlineBody & { gridId?: number }>();
  const [error, setError] = useState<string>();
  const [grids, setGrids] = useState<{ label: string; value: number }[]>([]);
  const [gridId, setGridId] = useState<number>();
  const [filling, setFilling] = useState(false);

  const searchGrids = async (keyword?: string) => {
    const res = await queryGrids({ current: 1, pageSize: 50, keyword });
    setGrids(res.data.map((g) => ({ label: `${g.name}（${g.communityName ?? ''}）`, value: g.id })));
  };

  const fillCentre = async () => {
    if (!gridId) return;
    setFilling(true);
    try {
      const g = await fetchGrid(gridId);
      if (g.center) form.setFieldsValue({ lng: g.center[0], lat: g.center[1] });
    } finally {
      setFilling(false);
    }
  };

  return (
    <ModalForm<HotlineBody>
      title="热线录入"
      trigger={trigger}
      form={form}
      width={640}
      modalProps={{ destroyOnClose: true, okText: '提交', 'data-testid': 'hotline-modal' } as any}
      onOpenChange={(open) => {
        setError(undefined);
        if (open) searchGrids();
      }}
      onFinish={async (values) => {
        setError(undefined);
        try {
          const created = await createEvent({ ...values, channel: 'hotline' });
          onCreated(created);
          return true;
        } catch (e) {
          setError(errorText(e));
          return false;
        }
      }}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="hotline-error" />}
      <ProFormSelect
        name="categoryCode"
        label="事件分类"
        rules={[{ required: true, message: '请选择事件分类' }]}
        showSearch
        request={async () => (await fetchCategories()).filter((c) => c.enabled !== false).map((c) => ({ label: `${c.group} / ${c.name}`, value: c.code }))}
      />
      <ProFormTextArea
        name="description"
        label="问题描述"
        rules={[{ required: true, message: '请填写问题描述' }, { min: 5, message: '至少 5 个字' }, { max: 1000 }]}
        fieldProps={{ rows: 3, showCount: true, maxLength: 1000 }}
      />
      <ProFormGroup>
        <ProFormText name="callerName" label="来电人" width="sm" fieldProps={{ maxLength: 20 }} />
        <ProFormText
          name="callerPhone"
          label="来电号码"
          width="sm"
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: '请输入 11 位手机号' }]}
          fieldProps={{ maxLength: 11, inputMode: 'numeric' }}
        />
      </ProFormGroup>
      <Form.Item label="选择网格中心">
        <Space.Compact style={{ width: '100%' }}>
          <Select
            data-testid="hotline-grid"
            showSearch
            placeholder="按网格名称搜索"
            filterOption={false}
            onSearch={(k) => searchGrids(k)}
            options={grids}
            value={gridId}
            onChange={setGridId}
            style={{ flex: 1 }}
          />
          <Button onClick={fillCentre} loading={filling} disabled={!gridId}>
            填入中心点
          </Button>
        </Space.Compact>
      </Form.Item>
      <ProFormGroup>
        <ProFormDigit name="lng" label="经度" width="sm" rules={[{ required: true, message: '请填写经度' }]} fieldProps={{ precision: 6, step: 0.0001 }} min={-180} max={180} />
        <ProFormDigit name="lat" label="纬度" width="sm" rules={[{ required: true, message: '请填写纬度' }]} fieldProps={{ precision: 6, step: 0.0001 }} min={-90} max={90} />
      </ProFormGroup>
      <ProFormText name="address" label="详细地址" fieldProps={{ maxLength: 200 }} />
    </ModalForm>
  );
}

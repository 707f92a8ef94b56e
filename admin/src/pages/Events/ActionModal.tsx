import { PlusOutlined } from '@ant-design/icons';
import { EVENT_TRANSITIONS, type EventAction } from '@linli/config';
import { Alert, Form, Input, InputNumber, Modal, Select, Upload, type UploadFile } from 'antd';
import { useEffect, useState } from 'react';
import { TOKEN_KEY } from '@/constants';
import type { DepartmentRow } from '@/services/directory';
import type { StaffEventDetail, TargetType } from '@/services/events';

export interface ActionValues {
  note?: string;
  target?: { type: TargetType; id: number };
  photos?: number[];
  mainEventId?: number;
}

interface Props {
  event: StaffEventDetail;
  action: EventAction | null;
  departments: DepartmentRow[];
  onCancel: () => void;
  /** Resolves to an error text to show in the modal, or undefined when done. */
  onSubmit: (action: EventAction, values: ActionValues) => Promise<string | undefined>;
}

/** Targets offered for 分派: the event's own grid, community and street, then the departments. */
function targetOptions(e: StaffEventDetail, departments: DepartmentRow[]) {
  const regions = [
    e.grid && { label: `网格：${e.grid.name}`, value: `grid:${e.grid.id}` },
    e.community && { label: `社区：${e.community.name}`, value: `community:${e.community.id}` },
    e.street && { label: `街道：${e.street.name}`, value: `street:${e.street.id}` },
  ].filter(Boolean) as { label: string; value: string }[];
  return [
    { label: '属地', options: regions },
    { label: '职能部门', options: departments.map((d) => ({ label: d.name, value: `department:${d.id}` })) },
  ];
}

export function needsModal(action: EventAction) {
  const rule = EVENT_TRANSITIONS[action];
  return Boolean(rule.needsNote || rule.needsPhoto || action === 'assign' || action === 'merge');
}

/** One modal for every transition that needs more than a click: note, target, photos or the main event. */
export default function ActionModal({ event, action, departments, onCancel, onSubmit }: Props) {
  const [form] = Form.useForm();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  useEffect(() => {
    form.resetFields();
    setError(undefined);
    setFiles([]);
  }, [action]);
  if (!action) return null;
  const rule = EVENT_TRANSITIONS[action];

  const submit = async () => {
    let v: any;
    try {
      v = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const values: ActionValues = { note: v.note };
    if (action === 'assign') {
      const [type, id] = String(v.target).split(':');
      values.target = { type: type as TargetType, id: Number(id) };
    }
    if (action === 'merge') values.mainEventId = v.mainEventId;
    if (rule.needsPhoto) {
      values.photos = files.map((f) => f.response?.data?.id).filter(Boolean);
      if (!values.photos.length) {
        setError('请至少上传一张处置照片');
        return;
      }
    }
    setBusy(true);
    const err = await onSubmit(action, values);
    setBusy(false);
    setError(err);
  };

  const token = localStorage.getItem(TOKEN_KEY);
  return (
    <Modal
      open
      title={rule.label}
      okText="确定"
      confirmLoading={busy}
      onOk={submit}
      onCancel={onCancel}
      destroyOnClose
      data-testid="action-modal"
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="action-error" />}
      <Form form={form} layout="vertical">
        {action === 'assign' && (
          <Form.Item name="target" label="分派给" rules={[{ required: true, message: '请选择处置单位' }]}>
            <Select placeholder="选择网格、社区、街道或职能部门" options={targetOptions(event, departments)} showSearch optionFilterProp="label" />
          </Form.Item>
        )}
        {action === 'merge' && (
          <Form.Item name="mainEventId" label="合并到主事件（ID）" rules={[{ required: true, message: '请填写主事件 ID' }]}>
            <InputNumber min={1} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={rule.needsNote ? '办理意见' : '备注（选填）'}
          rules={rule.needsNote ? [{ required: true, whitespace: true, message: '请填写办理意见' }] : []}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount />
        </Form.Item>
        {rule.needsPhoto && (
          <Form.Item label="处置照片" required>
            <Upload
              action="/api/media/photos"
              name="file"
              accept="image/jpeg,image/png,image/webp"
              listType="picture-card"
              headers={token ? { Authorization: `Bearer ${token}` } : {}}
              fileList={files}
              onChange={({ fileList }) => setFiles(fileList)}
              maxCount={9}
            >
              {files.length < 9 && <PlusOutlined />}
            </Upload>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

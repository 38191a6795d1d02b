import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { formatDate, withoutMarks } from '../../format';
import { useSession } from '../../session';
import { ChangeUnit } from './ChangeUnit';
import { useAllUnits, type Unit } from './queries';
import { RegisterUnit } from './RegisterUnit';
import { Restrictions } from './Restrictions';
import { UnitKinds } from './UnitKinds';

type Row = Unit & { children?: Row[] };
type View = 'now' | 'former';

/**
 * The unit directory as a tree: today's, or as it was before the reorganisations (each unit under
 * its first recorded parent), which is how reports group "by former commune".
 */
function tree(units: Unit[], view: View, search: string): Row[] {
  const shown = units.filter((u) => view === 'former' || !u.endedOn);
  const parentOf = (u: Unit) =>
    view === 'former' ? (u.formerParents[0]?.parentCode ?? u.parentCode) : u.parentCode;
  const rows = new Map<string, Row>(shown.map((u) => [u.id, { ...u }]));
  const roots: Row[] = [];
  for (const row of rows.values()) {
    const parent = parentOf(row);
    const holder = parent ? rows.get(parent) : undefined;
    if (holder) (holder.children ??= []).push(row);
    else roots.push(row);
  }
  if (!search) return roots;
  // A search keeps the matching units with the path down to them.
  const wanted = withoutMarks(search).toLowerCase();
  const matches = (r: Row) =>
    withoutMarks(`${r.id} ${r.name} ${r.formerNames.map((n) => n.name).join(' ')}`)
      .toLowerCase()
      .includes(wanted);
  const prune = (list: Row[]): Row[] =>
    list.flatMap((r) => {
      const children = prune(r.children ?? []);
      return matches(r) || children.length > 0
        ? [{ ...r, children: children.length ? children : undefined }]
        : [];
    });
  return prune(roots);
}

/** The unit directory: who plans can assign work to; its history; what bars a unit from a reward. */
export function UnitsPage() {
  const { me } = useSession();
  const [registering, setRegistering] = useState<{ parentCode?: string }>();
  const [changing, setChanging] = useState<Unit>();
  const [opened, setOpened] = useState<Unit>();
  const [view, setView] = useState<View>('now');
  const [search, setSearch] = useState('');
  const units = useAllUnits();
  const rows = useMemo(() => tree(units.data ?? [], view, search), [units.data, view, search]);
  const mayRegister = me?.role === 'owner' || me?.role === 'admin';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Đơn vị
        </Typography.Title>
        {mayRegister && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering({})}>
            Thêm đơn vị
          </Button>
        )}
      </Space>
      <Space wrap>
        <Segmented<View>
          value={view}
          onChange={setView}
          options={[
            { value: 'now', label: 'Hiện nay' },
            { value: 'former', label: 'Theo đơn vị cũ (trước sắp xếp)' },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="Tìm theo mã, tên hoặc tên cũ"
          aria-label="Tìm đơn vị"
          onSearch={setSearch}
          style={{ width: 300 }}
        />
      </Space>
      {units.error && <Alert type="error" showIcon message={units.error.message} role="alert" />}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={units.isPending}
        dataSource={rows}
        expandable={{ defaultExpandAllRows: true }}
        key={`${view}:${search}:${units.dataUpdatedAt}`}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: search ? 'Không có đơn vị nào khớp' : 'Chưa có đơn vị nào' }}
        columns={[
          {
            title: 'Tên đơn vị',
            dataIndex: 'name',
            render: (name: string, u) => (
              <Space wrap size={4}>
                <Button type="link" style={{ padding: 0 }} onClick={() => setOpened(u)}>
                  {name}
                </Button>
                <History unit={u} />
              </Space>
            ),
          },
          { title: 'Mã', dataIndex: 'id', width: 140 },
          { title: 'Loại', dataIndex: 'kindLabel', width: 180 },
          ...(mayRegister
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 170,
                  render: (_: unknown, u: Row) =>
                    u.endedOn ? null : (
                      <Space size={4}>
                        <Button size="small" onClick={() => setRegistering({ parentCode: u.id })}>
                          Thêm trực thuộc
                        </Button>
                        <Button size="small" onClick={() => setChanging(u)} aria-label={`Thay đổi ${u.name}`}>
                          Thay đổi
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      {me?.role === 'admin' && <UnitKinds />}
      {registering && <RegisterUnit {...registering} onClose={() => setRegistering(undefined)} />}
      {changing && <ChangeUnit unit={changing} onClose={() => setChanging(undefined)} />}
      {opened && <Restrictions unit={opened} onClose={() => setOpened(undefined)} />}
    </Space>
  );
}

/** Former names and the end of a unit, as short tags. */
function History({ unit }: { unit: Unit }) {
  return (
    <>
      {unit.endedOn && (
        <Tag color="default">
          {unit.mergedInto
            ? `Đã sáp nhập vào ${unit.mergedInto} từ ${formatDate(unit.endedOn)}`
            : `Đã giải thể từ ${formatDate(unit.endedOn)}`}
        </Tag>
      )}
      {unit.formerNames.map((n) => (
        <Tooltip key={`${n.name}${n.until}`} title={`Tên gọi đến trước ngày ${formatDate(n.until)}`}>
          <Tag>Tên cũ: {n.name}</Tag>
        </Tooltip>
      ))}
    </>
  );
}

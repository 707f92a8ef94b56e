import type { RegionNode } from '@linli/config';
import { Tree } from 'antd';
import type { DataNode, EventDataNode } from 'antd/es/tree';
import { useEffect, useState } from 'react';
import { fetchRegionChildren, type RegionTreeNode } from '@/services/regions';

type Node = DataNode & { region: RegionNode };

function toData(n: RegionTreeNode): Node {
  // the tree stops at communities with `children: []`; leave them undefined so expanding loads the grids
  const children = n.children?.length ? n.children.map(toData) : undefined;
  return { key: String(n.id), title: n.name, region: n, isLeaf: n.level === 'grid' || n.childCount === 0, children };
}

function attach(nodes: Node[], key: React.Key, children: Node[]): Node[] {
  return nodes.map((n) =>
    n.key === key ? { ...n, children } : n.children ? { ...n, children: attach(n.children as Node[], key, children) } : n,
  );
}

/**
 * The scope tree comes down to communities; a community's grids are loaded when it is expanded.
 * The scope root and its direct children start expanded.
 */
export default function RegionTree({ root, onSelect }: { root: RegionTreeNode; onSelect: (r: RegionNode) => void }) {
  const [data, setData] = useState<Node[]>(() => [toData(root)]);
  useEffect(() => setData([toData(root)]), [root]);

  const loadData = async (node: EventDataNode<Node>) => {
    if (node.children) return;
    const kids = await fetchRegionChildren(node.region.id);
    setData((d) => attach(d, node.key, kids.map((k) => toData(k))));
  };

  return (
    <Tree<Node>
      data-testid="region-tree"
      treeData={data}
      loadData={loadData}
      defaultExpandedKeys={[String(root.id)]}
      defaultSelectedKeys={[String(root.id)]}
      showLine
      blockNode
      onSelect={(_, { node }) => onSelect(node.region)}
    />
  );
}

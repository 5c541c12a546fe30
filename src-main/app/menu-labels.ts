// Labels of the application menu, in the app's two languages (standard role items are labelled
// by Electron). Chosen from the OS locale like the renderer's.
import type { MenuCommand } from '../ipc/contract';

/** Commands that are menu items of their own; Select All stays the standard role (text fields need it). */
export type MenuItemCommand = Exclude<MenuCommand, 'selectAll'>;

export type MenuLabels = Record<'file' | 'edit' | 'view' | 'window' | 'help' | MenuItemCommand, string>;

const en: MenuLabels = {
  file: '&File',
  edit: '&Edit',
  view: '&View',
  window: '&Window',
  help: '&Help',
  createLink: 'Create Link…',
  retargetLink: 'Retarget Link…',
  followLink: 'Follow Link',
  delete: 'Delete…',
  refresh: 'Refresh',
  goUp: 'Go Up',
};

const zhCN: MenuLabels = {
  file: '文件(&F)',
  edit: '编辑(&E)',
  view: '视图(&V)',
  window: '窗口(&W)',
  help: '帮助(&H)',
  createLink: '创建链接…',
  retargetLink: '修改链接目标…',
  followLink: '跟随链接',
  delete: '删除…',
  refresh: '刷新',
  goUp: '上一级',
};

export function menuLabelsFor(locale: string): MenuLabels {
  return /^zh\b/i.test(locale) ? zhCN : en;
}

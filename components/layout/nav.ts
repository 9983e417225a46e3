// Primary navigation, shared by header and footer.
export const primaryNav = [
  { href: '/publications', label: 'Publications' },
  { href: '/publications?type=report', label: 'Reports' },
  { href: '/publications?type=commentary', label: 'Commentary' },
  { href: '/podcasts', label: 'Podcasts' },
  { href: '/events', label: 'Events' },
  { href: '/programs', label: 'Research areas' },
  { href: '/topics', label: 'Topics & Regions' },
  { href: '/experts', label: 'Experts' },
] as const;

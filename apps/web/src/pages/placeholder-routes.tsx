import type { RouteObject } from 'react-router';
import { PlaceholderPage } from './PlaceholderPage.tsx';

/** Areas of the product that are planned but not built; each page says so honestly. */
const plannedAreas = [
  { path: '/inbox', title: 'Inbox', summary: 'Comments and mentions from every network in one place, classified, with suggested replies.' },
];

export const placeholderRoutes: RouteObject[] = plannedAreas.map((area) => ({
  path: area.path,
  element: <PlaceholderPage title={area.title} summary={area.summary} />,
}));

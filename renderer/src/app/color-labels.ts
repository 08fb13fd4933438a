import { useMemo } from 'react';
import { COLORS, type Color } from '../../../data/model/schemas';
import { colorDisplayName, type ColorNames } from '../../../data/model/tags';
import { useI18n, type I18n } from '../i18n/i18n-context';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import { useStore } from '../state/create-store';
import { useServices } from './services';

/**
 * What each colour is called on screen: the person's name for it (settings.colorNames), else
 * the translated colour word. One function, so the reader toolbar, the cards, the filters and
 * the excerpt view change together the moment a name is edited.
 */
export const colorWordKey = (color: Color) => `color.${color}` as MessageKey;

export const colorLabelsFor = (t: I18n['t'], names: ColorNames | undefined): Record<Color, string> =>
  Object.fromEntries(COLORS.map((c) => [c, colorDisplayName(c, names, t(colorWordKey(c)))])) as Record<Color, string>;

export const useColorLabels = (): Record<Color, string> => {
  const { settings } = useServices();
  const { colorNames } = useStore(settings.store).settings;
  const { t } = useI18n();
  return useMemo(() => colorLabelsFor(t, colorNames), [t, colorNames]);
};

import { Select, type RefSelectProps, type SelectProps } from 'antd';
import type { BaseOptionType, DefaultOptionType } from 'antd/es/select';
import { useLayoutEffect, useRef } from 'react';

type Props<V, O extends BaseOptionType | DefaultOptionType> = SelectProps<V, O> & { 'aria-required'?: boolean | 'true' | 'false' };

/**
 * antd's Select inside a required Form.Item. The Form.Item hands `aria-required` to its control, and the
 * Select puts it on its wrapper `div` as well as on its combobox input; on a `div` without a role the
 * attribute is invalid ARIA (axe: aria-allowed-attr, critical). This keeps it on the input only.
 */
export function FormSelect<V = unknown, O extends BaseOptionType | DefaultOptionType = DefaultOptionType>({
  'aria-required': required,
  ...props
}: Props<V, O>) {
  const ref = useRef<RefSelectProps>(null);
  useLayoutEffect(() => {
    const input = ref.current?.nativeElement?.querySelector('input');
    if (!input) return;
    if (required === true || required === 'true') input.setAttribute('aria-required', 'true');
    else input.removeAttribute('aria-required');
  });
  return <Select<V, O> ref={ref} {...props} />;
}

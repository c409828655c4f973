import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import styles from './Button.module.css';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class'> & {
  variant?: Variant;
  small?: boolean;
  children: ComponentChildren;
};

export function Button({
  variant = 'secondary',
  small = false,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button {...rest} type={type} class={`${styles.button} ${styles[variant]} ${small ? styles.small : ''}`}>
      {children}
    </button>
  );
}

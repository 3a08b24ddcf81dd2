{% macro safe_divide(numerator, denominator) -%}
    cast({{ numerator }} as numeric) / nullif({{ denominator }}, 0)
{%- endmacro %}

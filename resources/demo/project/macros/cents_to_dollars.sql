{% macro cents_to_dollars(column_name, scale=2) -%}
    round({{ safe_divide(column_name, 100) }}, {{ scale }})
{%- endmacro %}
